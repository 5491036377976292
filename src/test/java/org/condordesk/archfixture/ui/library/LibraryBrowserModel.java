package org.condordesk.archfixture.ui.library;

import javafx.scene.control.Label;

/** Fixture, evasion 3: a feature view model outside ui.vm holding a node (only ui.vm was checked). */
public final class LibraryBrowserModel {
    final Label status = null;
}
