package org.condordesk.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.condordesk.store.json.PreferencesFile;
import org.condordesk.ui.chain.ChainWindow;
import org.condordesk.ui.library.LibraryAccess;
import org.condordesk.ui.session.RecentFiles;
import org.condordesk.ui.shell.Themes;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.AnalysisService;

/**
 * Opens the workstation on the sample and the chain window on the sample chain in a real window, selects an
 * expiry and the Liquidity tab, and writes the window to the PNG named on the command line (docs/screenshot-chain.png):
 * {@code xvfb-run java -cp … org.condordesk.ui.ChainWindowShot out.png}. Not a test: a way to look at the window.
 */
public final class ChainWindowShot {

    private ChainWindowShot() {
    }

    public static void main(String[] args) {
        Application.launch(Shot.class, args);
    }

    /** The application the launcher starts (a main class extending Application needs JavaFX on the module path). */
    public static final class Shot extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        Path out = Path.of(getParameters().getRaw().get(0));
        Themes.apply(Themes.Theme.LIGHT, null);
        AnalysisService service = new AnalysisService(AnalysisService.DEFAULT_ENGINE, Platform::runLater);
        ScenarioViewModel vm = new ScenarioViewModel(service, CondorDeskApp.sample(), null);
        PreferencesFile preferences = new PreferencesFile(Files.createTempDirectory("chain-shot").resolve(PreferencesFile.FILE_NAME));
        LibraryAccess library = new LibraryAccess(Path.of("target", "shot-library.db"), Platform::runLater);
        new Workstation(stage, vm, new RecentFiles(preferences), Themes.Theme.LIGHT, library);
        stage.show();
        ChainWindow window = ChainWindow.showFor(stage, vm, Themes.Theme.LIGHT);
        window.model().importChain(Path.of("samples/chains/spx-quotedata-sample.csv")).thenRun(() -> Platform.runLater(() -> {
            window.model().selectedProperty().set(window.model().expiries().get(1));
            ((TabPane) window.stage().getScene().lookup("#chainTabs")).getSelectionModel().select(1);
            PauseTransition settle = new PauseTransition(Duration.seconds(2));
            settle.setOnFinished(e -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(window.stage().getScene().snapshot(null), null), "png",
                            new File(out.toString()));
                    Files.deleteIfExists(preferences.file());
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
                service.close();
                library.close();
                Platform.exit();
            });
            settle.play();
        }));
    }

    }
}
