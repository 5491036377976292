package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.text;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;

import org.condordesk.model.LayerRole;
import org.condordesk.model.VixEtf;
import org.condordesk.ui.edit.LayerTemplate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Add-layer dialog as a trader meets it: the condor first in an empty book, a live preview, presets. */
@Tag("slow")
class AddLayerFxTest extends WorkstationFxBase {

    private String preview(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !text(robot, "#templatePreview").isEmpty());
        return text(robot, "#templatePreview");
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, LayerTemplate template) {
        onFx(() -> {
            ChoiceBox<LayerTemplate> box = robot.lookup("#templateChoice").queryAs(ChoiceBox.class);
            box.setValue(template);
            box.getOnAction().handle(null);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEmptyBookStartsWithTheCondorAndThePreviewSaysWhatItBuilds(FxRobot robot) throws Exception {
        onFx(() -> {
            app.vm.newScenario();
            return null;
        });
        app.settle();
        robot.clickOn("#addLayer");
        assertThat(onFx(() -> robot.lookup("#templateChoice").queryAs(ChoiceBox.class).getValue()))
                .isEqualTo(LayerTemplate.CONDOR_BY_DELTA);
        assertThat(preview(robot)).matches("\\d+/\\d+P · \\d+/\\d+C · credit [\\d.]+ · max loss [\\d.]+ · VIX vega -\\$[\\d,]+");
        // A wider wing changes the preview: it follows the inputs.
        String before = preview(robot);
        robot.doubleClickOn("#template-WING_WIDTH").write("100");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !preview(robot).equals(before));
        robot.clickOn("Add layer");
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().layers().get(0).role())).isEqualTo(LayerRole.CORE);
    }

    @Test
    void vixStrikesShowTheirFutureAndUvxyComesWithItsLeverage(FxRobot robot) throws Exception {
        app.settle();
        robot.clickOn("#addLayer");
        assertThat(onFx(() -> robot.lookup("#templateChoice").queryAs(ChoiceBox.class).getValue()))
                .isEqualTo(LayerTemplate.VIX_CALL_SPREAD);
        // The sample's second VIX settlement after 25 Nov is 20 Jan 2027, quoted at 18.55.
        assertThat(text(robot, "#template-future-STRIKE")).isEqualTo("VX Jan 20 18.55");
        assertThat(preview(robot)).startsWith("Jan 20 ").contains("C ×10 · debit ");
        choose(robot, LayerTemplate.UVXY);
        assertThat(onFx(() -> robot.lookup("#template-LEVERAGE").queryAs(TextField.class).getText())).isEqualTo("1.5");
        robot.clickOn("#template-ETF_PRICE").write("12.34");
        robot.clickOn("Add layer");
        app.settle();
        assertThat(onFx(() -> ((VixEtf) app.vm.scenario().layers().get(3).legs().get(0).instrument()).leverage())).isEqualTo(1.5);
        assertThat(onFx(() -> app.vm.scenario().market().etfQuotes().stream().filter(q -> q.symbol().equals("UVXY"))
                .findFirst().orElseThrow().price())).isEqualTo(12.34);
    }
}
