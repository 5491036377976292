package org.condordesk.archfixture.ui.view;

/** Fixture: a view (ArchitectureTest). */
public final class ScenarioView {
}
