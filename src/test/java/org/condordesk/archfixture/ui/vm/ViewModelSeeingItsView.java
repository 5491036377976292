package org.condordesk.archfixture.ui.vm;

import org.condordesk.archfixture.ui.view.ScenarioView;

/** Fixture, evasion 4: a ui.vm class using a ui.view class (no rule covered it). */
public final class ViewModelSeeingItsView {
    final ScenarioView view = new ScenarioView();
}
