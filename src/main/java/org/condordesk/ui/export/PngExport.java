package org.condordesk.ui.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

import javax.imageio.ImageIO;

import org.condordesk.store.json.SaveTargets;

/** A node as a PNG file, as it looks on screen (call on the FX thread). */
public final class PngExport {

    private PngExport() {
    }

    /** Snapshots {@code node} at {@code scale} (2 for a crisp image on a report) and writes it atomically. */
    public static void write(Node node, Path file, double scale) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setFill(node.getScene() != null && node.getScene().getFill() != null
                ? node.getScene().getFill() : javafx.scene.paint.Color.WHITE);
        WritableImage image = node.snapshot(parameters, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(buffered, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        // Chosen in a dialog (or --screenshot): forced, yet never over a library, a folder or a device.
        SaveTargets.write(file, bytes.toByteArray(), SaveTargets.Kind.PNG, true, java.util.List.of());
    }
}
