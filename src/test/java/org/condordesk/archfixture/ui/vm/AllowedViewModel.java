package org.condordesk.archfixture.ui.vm;

import javafx.beans.property.SimpleStringProperty;

/** Fixture that keeps to every rule: a view model with a JavaFX property and no node. */
public final class AllowedViewModel {
    final SimpleStringProperty status = new SimpleStringProperty("");
}
