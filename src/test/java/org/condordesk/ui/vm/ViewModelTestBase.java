package org.condordesk.ui.vm;

import java.nio.file.Path;

import org.condordesk.Fixtures;
import org.condordesk.model.Scenario;
import org.condordesk.ui.work.AnalysisService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A view model on {@link #scenario()} (the hedged fixture) with the real engine, its FX thread driven by the test. */
abstract class ViewModelTestBase {

    protected ManualFxThread fx;
    protected AnalysisService service;
    protected ScenarioViewModel vm;

    /** The scenario the view model opens, as file {@code hedged.json}. */
    protected Scenario scenario() {
        return Fixtures.hedged();
    }

    @BeforeEach
    void open() throws InterruptedException {
        fx = new ManualFxThread();
        service = new AnalysisService(AnalysisService.DEFAULT_ENGINE, fx);
        vm = new ScenarioViewModel(service, scenario(), Path.of("hedged.json"));
        fx.settle(vm);
    }

    @AfterEach
    void close() {
        service.close();
    }
}
