package org.condordesk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import org.condordesk.ui.export.PngExport;
import org.condordesk.ui.signals.SignalsWindow;

/** {@code --show signals [--screenshot PATH]}: opens the Signals window and, when asked, snapshots it after its replay. */
public final class SignalsDemo {

    private SignalsDemo() {
    }

    public static void show(Workstation workstation, Optional<Path> screenshot) {
        SignalsWindow window = workstation.showSignals();
        screenshot.ifPresent(path -> window.resultReady(() -> {
            PauseTransition settle = new PauseTransition(Duration.millis(800));
            settle.setOnFinished(e -> {
                try {
                    long start = System.nanoTime();
                    window.chart().showRange(java.time.LocalDate.of(1990, 1, 1), java.time.LocalDate.of(2026, 12, 31));
                    System.err.println("condordesk: full-history redraw " + (System.nanoTime() - start) / 1000 + " µs");
                    // The picture shows what a trader first sees: the last two years, the crosshair on a day.
                    window.chart().showDefault();
                    window.chart().hoverAt(window.chart().getWidth() * 0.7);
                    PngExport.write(window.stage().getScene().getRoot(), path, 1);
                    System.err.println("condordesk: screenshot written to " + path);
                } catch (IOException ex) {
                    System.err.println("condordesk: screenshot failed: " + ex.getMessage());
                }
                Platform.exit();
            });
            settle.play();
        }));
    }
}
