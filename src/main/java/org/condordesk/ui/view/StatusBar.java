package org.condordesk.ui.view;

import java.util.Locale;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.Tips;
import org.condordesk.ui.work.AnalysisService;

/** The status line: what the last command did or why an input was refused, the file, and analysis timing. */
public final class StatusBar extends HBox {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final ScenarioViewModel vm;
    private final Label timing = new Label();

    public StatusBar(ScenarioViewModel vm) {
        this.vm = vm;
        getStyleClass().add("status-bar");
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty().addListener((obs, old, error) -> message.pseudoClassStateChanged(ERROR, error));
        message.setMinWidth(0);
        // The window speaks the trader's words; the technical form (with its JSON path) is one hover away.
        javafx.scene.control.Tooltip detail = new javafx.scene.control.Tooltip();
        detail.textProperty().bind(vm.messageDetailProperty());
        vm.messageDetailProperty().addListener((obs, old, text) -> message.setTooltip(text.isEmpty() ? null : detail));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Label file = new Label();
        file.setId("statusFile");
        file.getStyleClass().add("status-file");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> where(vm) + (vm.isDirty() ? " · modified" : ""),
                vm.fileProperty(), vm.dirtyProperty(), vm.libraryOriginProperty()));
        timing.setId("analysisTiming");
        timing.getStyleClass().add("status-timing");
        Tips.on(timing, "Engine: time to compute the last analysis. Edit → screen: from an edit (a keystroke, a slider step) "
                + "to its analysis applied on screen, median (p50) and 95th percentile (p95) over the last "
                + org.condordesk.ui.vm.LiveAnalysis.RECENT_EDITS + " edits.");
        Region gap = new Region();
        gap.setMinWidth(16);
        getChildren().addAll(message, file, gap, timing);
        vm.live().lastResultProperty().addListener((obs, old, result) -> showTiming(result));
    }

    private static String where(ScenarioViewModel vm) {
        if (vm.file() != null) {
            return vm.file().toString();
        }
        ScenarioViewModel.LibraryOrigin origin = vm.libraryOrigin();
        return origin == null ? "not saved yet" : "library: '" + origin.name() + "' v" + origin.version();
    }

    private void showTiming(AnalysisService.Result result) {
        if (result == null) {
            return;
        }
        double engine = result.computeNanos() / 1e6;
        org.condordesk.ui.work.LatencyStats recent = vm.live().recentLatency();
        if (recent.count() == 0) {
            timing.setText(String.format(Locale.US, "engine %.1f ms · first analysis on screen", engine));
            return;
        }
        timing.setText(String.format(Locale.US, "engine %.1f ms · edit → screen p50 %.0f ms, p95 %.0f ms (last %d)", engine,
                recent.quantileMillis(0.5), recent.quantileMillis(0.95), recent.count()));
    }
}
