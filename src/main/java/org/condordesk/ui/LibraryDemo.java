package org.condordesk.ui;

import org.condordesk.store.LibraryEntry;
import org.condordesk.ui.view.LibraryBrowser;
import org.condordesk.ui.vm.LibraryBrowserModel;
import org.condordesk.ui.vm.LibraryBrowserModel.VersionRef;

/**
 * The hidden {@code --show library|compare} start-up option, for reproducible screenshots of the library: opens
 * the browser on the first scenario and, for {@code compare}, compares its first version with its latest.
 */
final class LibraryDemo {

    private LibraryDemo() {
    }

    static void show(Workstation workstation, LaunchOptions.Show show) {
        LibraryBrowser browser = workstation.library().browser();
        LibraryBrowserModel model = workstation.library().model();
        browser.stage().setX(40);
        browser.stage().setY(150);
        browser.show();
        model.refresh().thenRun(() -> {
            if (model.entries().isEmpty()) {
                return;
            }
            LibraryEntry first = model.entries().get(0);
            model.select(first.name());
            if (show == LaunchOptions.Show.COMPARE && first.versionCount() >= 2) {
                browser.compareWindow().stage().setX(760);
                browser.compareWindow().stage().setY(60);
                browser.compareWindow().compare(new VersionRef(first.name(), 1), new VersionRef(first.name(), first.latestVersion()));
            }
        });
    }
}
