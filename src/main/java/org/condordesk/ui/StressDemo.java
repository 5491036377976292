package org.condordesk.ui;

import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import org.condordesk.ui.vm.StressModel;

/** {@code --show stress [--screenshot PATH]}: shows the Stress tab and, when asked, snapshots the window once its figures are in. */
final class StressDemo {

    private StressDemo() {
    }

    static void show(Workstation workstation, Optional<Path> screenshot) {
        workstation.showTab(EditorTab.STRESS);
        screenshot.ifPresent(path -> workstation.stress().resultProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends StressModel.Result> obs, StressModel.Result old,
                                StressModel.Result result) {
                obs.removeListener(this);
                CondorDeskApp.shootAndExit(workstation, path, 800);
            }
        }));
    }
}
