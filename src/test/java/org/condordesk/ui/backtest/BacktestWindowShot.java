package org.condordesk.ui.backtest;

import java.io.File;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.condordesk.ui.shell.Themes;

/**
 * Opens the Backtest window in a real window at 1280×800, runs the default config on the bundled history (and, with
 * a second argument {@code sweep}, a 3×3×1 sweep; {@code trades}, the trades tab; {@code frontier}, the default hedge
 * frontier over the whole history (docs/screenshot-frontier.png); a further {@code dark}, the dark theme) and writes the window to the PNG named first
 * (docs/screenshot-backtest.png): {@code xvfb-run java -cp … org.condordesk.ui.backtest.BacktestWindowShot out.png}.
 * Not a test: a way to look at the window.
 */
public final class BacktestWindowShot {

    private BacktestWindowShot() {
    }

    public static void main(String[] args) {
        Application.launch(Shot.class, args);
    }

    /** The application the launcher starts. */
    public static final class Shot extends Application {

        @Override
        public void start(Stage owner) {
            Path out = Path.of(getParameters().getRaw().get(0));
            String view = getParameters().getRaw().size() > 1 ? getParameters().getRaw().get(1) : "results";
            boolean sweep = view.equals("sweep");
            Themes.Theme theme = getParameters().getRaw().contains("dark") ? Themes.Theme.DARK : Themes.Theme.LIGHT;
            Themes.apply(theme, null);
            BacktestWindow window = new BacktestWindow(owner, theme);
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
            window.show();
            if (view.equals("frontier")) {
                window.showTab(3);
                window.model().frontierProperty().addListener((o, a, done) -> snap(window, out));
                window.runFrontier();
            } else if (sweep) {
                window.showTab(2);
                window.model().sweepProperty().addListener((o, a, done) -> snap(window, out));
                Platform.runLater(() -> window.stage().getScene().lookup("#sweepRun")
                        .fireEvent(new javafx.event.ActionEvent()));
            } else {
                window.model().resultProperty().addListener((o, a, done) -> {
                    if (view.equals("trades")) {
                        window.showTab(1);
                    }
                    snap(window, out);
                });
                window.run();
            }
        }

        private static void snap(BacktestWindow window, Path out) {
            PauseTransition settle = new PauseTransition(Duration.seconds(2));
            settle.setOnFinished(e -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(window.stage().getScene().snapshot(null), null), "png",
                            new File(out.toString()));
                } catch (Exception ex) {
                    System.err.println("screenshot failed: " + ex.getMessage());
                }
                Platform.exit();
            });
            settle.play();
        }
    }
}
