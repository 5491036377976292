package org.condordesk.ui;

import org.condordesk.ui.shell.LaunchOptions;
import org.condordesk.ui.shell.Themes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

import org.condordesk.store.library.LibraryEntry;
import org.condordesk.ui.export.PngExport;
import org.condordesk.ui.library.LibraryBrowser;
import org.condordesk.ui.library.LibraryBrowserModel.VersionRef;
import org.condordesk.ui.library.LibraryBrowserModel;
import org.condordesk.ui.library.VersionComparison;

/**
 * The hidden {@code --show library|compare} start-up option, for reproducible screenshots of the library: opens
 * the browser on the scenario with the most versions and, for {@code compare}, compares its first version with
 * its latest. With {@code --screenshot PATH} it then writes the browser (and the comparison beside it) as one PNG
 * and exits.
 */
public final class LibraryDemo {

    private final Workstation workstation;
    private final LibraryBrowser browser;
    private final LibraryBrowserModel model;
    private final LaunchOptions.Show show;
    private final Optional<Path> screenshot;

    private LibraryDemo(Workstation workstation, LaunchOptions.Show show, Optional<Path> screenshot) {
        this.workstation = workstation;
        this.browser = workstation.library().browser();
        this.model = workstation.library().model();
        this.show = show;
        this.screenshot = screenshot;
    }

    public static void show(Workstation workstation, LaunchOptions.Show show, Optional<Path> screenshot) {
        new LibraryDemo(workstation, show, screenshot).start();
    }

    private void start() {
        browser.stage().setX(30);
        browser.stage().setY(120);
        browser.show();
        model.refresh().thenRun(this::selectFirst);
    }

    private void selectFirst() {
        Optional<LibraryEntry> busiest = model.entries().stream().max(java.util.Comparator.comparingInt(LibraryEntry::versionCount));
        if (busiest.isEmpty()) {
            finish(false);
            return;
        }
        LibraryEntry entry = busiest.get();
        model.versions().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends org.condordesk.store.library.VersionInfo> change) {
                if (model.versions().size() == entry.versionCount()) {
                    model.versions().removeListener(this);
                    versionsListed(entry);
                }
            }
        });
        model.select(entry.name());
    }

    private void versionsListed(LibraryEntry entry) {
        boolean compare = show == LaunchOptions.Show.COMPARE && entry.versionCount() >= 2;
        if (!compare) {
            finish(false);
            return;
        }
        browser.selectVersions(1, entry.latestVersion());
        browser.compareWindow().stage().setX(760);
        browser.compareWindow().stage().setY(40);
        browser.compareWindow().shownProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends VersionComparison> obs, VersionComparison old,
                                VersionComparison value) {
                if (value != null) {
                    obs.removeListener(this);
                    finish(true);
                }
            }
        });
        browser.compareWindow().compare(new VersionRef(entry.name(), 1), new VersionRef(entry.name(), entry.latestVersion()));
    }

    /** Once laid out, writes the browser (and the comparison beside it) as one picture, then exits. */
    private void finish(boolean withCompare) {
        if (screenshot.isEmpty()) {
            return;
        }
        PauseTransition settle = new PauseTransition(Duration.millis(800));
        settle.setOnFinished(e -> {
            HBox board = new HBox(14, picture(browser.stage().getScene().getRoot()));
            if (withCompare) {
                board.getChildren().add(picture(browser.compareWindow().stage().getScene().getRoot()));
            }
            board.getStyleClass().add("screenshot-board");
            Scene scene = new Scene(board);
            Themes.apply(workstation.theme(), scene);
            try {
                PngExport.write(board, screenshot.get(), 1);
                System.err.println("condordesk: screenshot written to " + screenshot.get());
            } catch (IOException ex) {
                System.err.println("condordesk: screenshot failed: " + ex.getMessage());
            }
            Platform.exit();
        });
        settle.play();
    }

    private static ImageView picture(Node root) {
        return new ImageView(root.snapshot(null, null));
    }
}
