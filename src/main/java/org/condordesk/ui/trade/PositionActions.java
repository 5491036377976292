package org.condordesk.ui.trade;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.trade.broker.FillImport;
import org.condordesk.ui.vm.ScenarioViewModel;

/**
 * The Position menu: mark live, reset entries, close, roll, move a wing, import fills, and the whole-contract choice
 * of "Make vega-neutral". It opens the dialogs and hands what the trader confirmed to {@link ScenarioViewModel#positions()}.
 */
public final class PositionActions {

    private final Window owner;
    private final ScenarioViewModel vm;
    private final Supplier<OptionalInt> selectedLeg;
    private final BooleanSupplier confirmDiscard;

    /** {@code selectedLeg} is the legs table's selection; {@code confirmDiscard} asks before replacing an unsaved scenario. */
    public PositionActions(Window owner, ScenarioViewModel vm, Supplier<OptionalInt> selectedLeg,
                           BooleanSupplier confirmDiscard) {
        this.owner = owner;
        this.vm = vm;
        this.selectedLeg = selectedLeg;
        this.confirmDiscard = confirmDiscard;
    }

    public void markLive() {
        vm.positions().markLive();
    }

    public void resetEntries() {
        vm.positions().resetEntries();
    }

    /** Close the selected leg (or choose another, or all) of the selected layer. */
    public void close() {
        layer().ifPresent(layer -> new CloseDialog(owner, vm.scenario(), vm.chainQuotes(), layer, selectedLeg.get()).showAndWait()
                .ifPresent(r -> {
                    if (r.contracts().isPresent()) {
                        vm.positions().closePart(r.layer(), r.leg().getAsInt(), r.contracts().getAsInt(), r.price(), r.time());
                    } else {
                        vm.positions().close(r.layer(), r.leg(), r.price(), r.time());
                    }
                }));
    }

    public void roll() {
        layer().ifPresent(layer -> new RollDialog(owner, vm.scenario(), vm.chainQuotes(), layer).showAndWait()
                .ifPresent(r -> vm.positions().roll(r.layer(), r.toExpiry(), r.mode(), r.price(), r.time())));
    }

    public void moveWing() {
        layer().ifPresent(layer -> new WingDialog(owner, vm.scenario(), vm.chainQuotes(), layer).showAndWait()
                .ifPresent(r -> vm.positions().moveWing(r.layer(), r.side(), r.newShortStrike(), r.price(), r.time())));
    }

    /** Reads a broker file, lets the trader confirm the layers, opens the live position (unsaved). */
    public void importFills() {
        importFills(null);
    }

    public void importFills(Path initial) {
        if (!confirmDiscard.getAsBoolean()) {
            return;
        }
        new ImportFillsDialog(owner, initial).showAndWait().ifPresent(this::open);
    }

    private void open(FillImport.Proposal proposal) {
        Scenario base = vm.scenario();
        LocalDateTime last = proposal.lastFill().orElse(base.valuationTime());
        LocalDateTime time = last.isAfter(base.valuationTime()) ? last : base.valuationTime();
        try {
            FillImport.Imported imported = FillImport.build(proposal, base, "Imported position", time);
            vm.load(imported.scenario(), null, true);
            vm.inform("Imported " + imported.scenario().layers().stream().mapToInt(l -> l.legs().size()).sum()
                    + " legs in the current market; " + (imported.leftOut().isEmpty() ? "set the options' implied vols "
                    + "from the market" : "left out: " + String.join("; ", imported.leftOut())));
        } catch (ValidationException e) {
            vm.refuseInput("Import: " + e.getMessage());
        }
    }

    /**
     * "Make vega-neutral" for layer {@code index}: the whole-contract sizes to pick from (and, in a plan, the
     * fractional what-if); a solve that cannot be made says why through the view model.
     */
    public void chooseHedgeSize(int index) {
        Optional<HedgeSolve> solve = vm.live().isFor(vm.scenario()) && vm.analysis() != null
                ? vm.analysis().hedgeSolves().stream().filter(h -> h.layerIndex() == index).findFirst() : Optional.empty();
        if (solve.isEmpty() || !solve.get().feasible() || solve.get().wholeContracts().isEmpty()) {
            vm.hedge().solveHedge(index); // reports why, or waits for the fresh analysis
            return;
        }
        boolean plan = !vm.scenario().isLive();
        new HedgeSizeDialog(owner, solve.get(), plan).showAndWait().ifPresent(choice -> choice.size().ifPresentOrElse(
                size -> vm.positions().applyWholeSize(index, size), () -> vm.hedge().solveHedge(index)));
    }

    /**
     * A hedge slider's gesture on a live layer ended at {@code size}: after the trader confirms, one resize trade at
     * mid (one undo step); declined, nothing changes and the slider goes back to the layer's size.
     */
    public void resizeLive(int index, double size) {
        org.condordesk.model.Layer layer = vm.scenario().layers().get(index);
        if (!(layer.sizeMultiplier() > 0)) {
            vm.refuseInput("'" + layer.name() + "' holds no contracts: open it from the layers table");
            return;
        }
        String from = org.condordesk.ui.format.Fmt.multiplier(layer.sizeMultiplier());
        String to = org.condordesk.ui.format.Fmt.multiplier(size);
        javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "Trade '" + layer.name() + "' from " + from + " to " + to + " at mid?",
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle("Resize a live layer");
        confirm.setHeaderText(null);
        ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK)).setText("Trade");
        confirm.getDialogPane().setId("liveResizeConfirm");
        // Shown after the gesture's own event has finished: a modal loop inside a mouse-release handler would
        // swallow the release the slider is still waiting for.
        javafx.application.Platform.runLater(() -> confirm.showAndWait()
                .filter(button -> button == javafx.scene.control.ButtonType.OK)
                .ifPresent(button -> vm.positions().resize(index, size / layer.sizeMultiplier())));
    }

    private Optional<Integer> layer() {
        int index = vm.selectedLayerProperty().get();
        if (index < 0 || index >= vm.scenario().layers().size()) {
            vm.refuseInput("Select a layer first");
            return Optional.empty();
        }
        return Optional.of(index);
    }
}
