package org.condordesk.ui;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What every TestFX test of the workstation starts from: the window on the bundled sample, opened on TestFX's primary
 * stage before each test (with {@link #launchArguments()}, as on the command line) and closed after it.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WorkstationFxBase {

    /** The open workstation and its view model. */
    protected FxTestSupport app;
    /** The stage it is shown on. */
    protected Stage stage;

    /** The command line the workstation opens with: none (the sample, no library) unless a test says otherwise. */
    protected List<String> launchArguments() {
        return List.of();
    }

    @BeforeEach
    final void openWorkstation() throws TimeoutException {
        // ApplicationExtension has registered the primary stage; the window is built on the FX thread, as in @Start.
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        String[] arguments = launchArguments().toArray(String[]::new);
        app = FxToolkit.setupFixture(() -> FxTestSupport.open(stage, arguments));
    }

    /** The window at a laptop's 1280×800 in the screen's corner, laid out (issue 27's size for "nothing cut off"). */
    protected final void atLaptopSize() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        app.settle();
    }

    @AfterEach
    final void closeWorkstation() throws IOException {
        app.close();
    }
}
