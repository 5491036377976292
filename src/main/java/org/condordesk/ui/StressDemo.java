package org.condordesk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;

import org.condordesk.ui.export.PngExport;
import org.condordesk.ui.vm.StressModel;

/** {@code --show stress [--screenshot PATH]}: shows the Stress tab and, when asked, snapshots the window once its figures are in. */
final class StressDemo {

    private StressDemo() {
    }

    static void show(Workstation workstation, Optional<Path> screenshot) {
        workstation.showTab(EditorTab.STRESS);
        screenshot.ifPresent(path -> {
            ChangeListener<StressModel.Result> shoot = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends StressModel.Result> obs,
                                    StressModel.Result old, StressModel.Result result) {
                    obs.removeListener(this);
                    PauseTransition settle = new PauseTransition(Duration.millis(800));
                    settle.setOnFinished(e -> {
                        try {
                            PngExport.write(workstation.scene().getRoot(), path, 1);
                            System.err.println("condordesk: screenshot written to " + path);
                        } catch (IOException | RuntimeException ex) {
                            System.err.println("condordesk: screenshot failed: " + ex.getMessage());
                        }
                        Platform.exit();
                    });
                    settle.play();
                }
            };
            workstation.stress().resultProperty().addListener(shoot);
        });
    }
}
