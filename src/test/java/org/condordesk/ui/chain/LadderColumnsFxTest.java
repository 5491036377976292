package org.condordesk.ui.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.condordesk.store.json.PreferencesFile;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.ui.shell.Themes;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.AnalysisService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The ladder's column choice is remembered (issue 31 §1): columns shown and hidden from the table's menu are kept in
 * the preferences file, the other ladder follows, and a ladder window opened again shows the same columns.
 */
@ExtendWith(ApplicationExtension.class)
class LadderColumnsFxTest {

    @TempDir
    Path dir;
    private AnalysisService service;

    @Start
    void start(Stage stage) {
        // the toolkit is running: the windows are built in the test
    }

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theColumnChoiceSurvivesAReopen() throws IOException {
        PreferencesFile preferences = new PreferencesFile(dir.resolve(PreferencesFile.FILE_NAME));
        service = new AnalysisService(AnalysisService.DEFAULT_ENGINE, Platform::runLater);
        ScenarioViewModel vm = onFx(() -> new ScenarioViewModel(service,
                ScenarioJson.read(Path.of("samples/condor-vix-hedge.json")), null));

        LadderWindow first = onFx(() -> new LadderWindow(null, vm, Themes.Theme.LIGHT, preferences));
        TableView<?> spx = onFx(() -> first.spxTable());
        TableView<?> vix = onFx(() -> first.vixTable());
        // the defaults (LadderTable): mid hidden, bid shown
        assertThat(onFx(() -> column(spx, "callMid").isVisible())).isFalse();
        assertThat(onFx(() -> column(spx, "callBid").isVisible())).isTrue();
        onFx(() -> {
            column(spx, "callMid").setVisible(true);   // what the table's menu does
            column(spx, "putVega").setVisible(false);
            return null;
        });
        assertThat(onFx(() -> column(vix, "callMid").isVisible())).as("the VIX ladder follows").isTrue();
        assertThat(onFx(() -> column(vix, "putVega").isVisible())).isFalse();
        String saved = Files.readString(preferences.file());
        assertThat(saved).contains("\"ladderColumns\"").contains("\"callMid\"").doesNotContain("\"putVega\"");
        onFx(() -> {
            first.model().close();
            return null;
        });

        LadderWindow reopened = onFx(() -> new LadderWindow(null, vm, Themes.Theme.LIGHT,
                new PreferencesFile(dir.resolve(PreferencesFile.FILE_NAME))));
        TableView<?> again = onFx(() -> reopened.spxTable());
        assertThat(onFx(() -> column(again, "callMid").isVisible())).isTrue();
        assertThat(onFx(() -> column(again, "putVega").isVisible())).isFalse();
        assertThat(onFx(() -> column(again, "callBid").isVisible())).isTrue();
        assertThat(onFx(() -> LadderColumns.shown(again))).isEqualTo(onFx(() -> LadderColumns.shown(spx)));
        onFx(() -> {
            reopened.model().close();
            return null;
        });
    }

    private static TableColumn<?, ?> column(TableView<?> table, String id) {
        return table.getColumns().stream().flatMap(c -> c.getColumns().isEmpty() ? java.util.stream.Stream.of(c)
                : c.getColumns().stream()).filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
