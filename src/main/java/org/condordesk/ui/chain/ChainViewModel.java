package org.condordesk.ui.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.condordesk.chain.ChainAnalysis;
import org.condordesk.chain.ChainAnalyzer;
import org.condordesk.chain.ChainMarket;
import org.condordesk.chain.ExpiryAnalysis;
import org.condordesk.chain.ForwardFit;
import org.condordesk.chain.ParityCosts;
import org.condordesk.chain.ParityOpportunity;
import org.condordesk.chain.ParityScanner;
import org.condordesk.chain.VixFromChain;
import org.condordesk.market.ChainQuotes;
import org.condordesk.market.MarketState;
import org.condordesk.market.VxSettlement;
import org.condordesk.model.Layer;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.LiquidityCost;
import org.condordesk.store.csv.ChainCsv;
import org.condordesk.store.csv.ChainFile;
import org.condordesk.store.csv.ImportProgress;
import org.condordesk.store.csv.VxCsv;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.AnalysisService;
import org.condordesk.ui.work.Worker;

/**
 * The chain window's state and commands: import a chain file or VX settlements on a background worker (progress,
 * cancel), the analysis per expiry, the VIX recomputed from the chain, the parity scan, the liquidity of the
 * workstation's layers, and the actions that change the scenario — set market from chain, apply the VX curve,
 * add a layer built from the chain — each one undoable step through the workstation's view model. Call it on
 * the FX thread; results come back through {@code fx}.
 */
public final class ChainViewModel {

    private final ScenarioViewModel scenario;
    private final Worker worker;
    private final ReadOnlyObjectWrapper<ChainFile> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<ChainAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Optional<VixFromChain.Result>> vix =
            new ReadOnlyObjectWrapper<>(this, "vix", Optional.empty());
    private final ObservableList<ExpiryAnalysis> expiries = FXCollections.observableArrayList();
    private final ObjectProperty<ExpiryAnalysis> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ParityOpportunity> parity = FXCollections.observableArrayList();
    private final ObservableList<ParityScanner.BoxRate> boxRates = FXCollections.observableArrayList();
    private final ObservableList<LiquidityCost.LayerCost> liquidity = FXCollections.observableArrayList();
    private final DoubleProperty maxCostShare = new SimpleDoubleProperty(this, "maxCostShare",
            LiquidityCost.DEFAULT_MAX_SHARE_OF_EDGE);
    private final ReadOnlyObjectWrapper<List<VxSettlement>> futures = new ReadOnlyObjectWrapper<>(this, "futures", List.of());
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Open a chain file to begin.");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private ParityCosts costs = ParityCosts.none();
    private OptionalDouble financingRate = OptionalDouble.empty();

    public ChainViewModel(ScenarioViewModel scenario, Consumer<Runnable> fx) {
        this.scenario = scenario;
        this.worker = new Worker("condordesk-chain-import", fx::accept);
        scenario.live().lastResultProperty().addListener((obs, old, result) -> updateLiquidity(result));
        maxCostShare.addListener((obs, old, share) -> updateLiquidity(scenario.live().lastResultProperty().get()));
        updateLiquidity(scenario.live().lastResultProperty().get());
    }

    // ---- state -------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ChainFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChainAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<VixFromChain.Result>> vixProperty() {
        return vix.getReadOnlyProperty();
    }

    /** The analysed expiries, for the table. */
    public ObservableList<ExpiryAnalysis> expiries() {
        return expiries;
    }

    /** The expiry whose smile is charted. */
    public ObjectProperty<ExpiryAnalysis> selectedProperty() {
        return selected;
    }

    public ObservableList<ParityOpportunity> parity() {
        return parity;
    }

    public ObservableList<ParityScanner.BoxRate> boxRates() {
        return boxRates;
    }

    /** The quick ratio of every layer of the workstation's scenario, from its latest analysis. */
    public ObservableList<LiquidityCost.LayerCost> liquidity() {
        return liquidity;
    }

    /** Round-trip cost share of edge above which a layer is flagged. */
    public DoubleProperty maxCostShareProperty() {
        return maxCostShare;
    }

    /** VX futures read from a settlements file (monthlies), for the curve and for pricing VIX options. */
    public ReadOnlyObjectProperty<List<VxSettlement>> futuresProperty() {
        return futures.getReadOnlyProperty();
    }

    /** Import progress 0…1 while busy. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    public ScenarioViewModel scenario() {
        return scenario;
    }

    // ---- imports -----------------------------------------------------------------------------------------

    /** What an import computes off the FX thread. */
    private record Imported(ChainFile file, ChainAnalysis analysis, Optional<VixFromChain.Result> vix,
                            ParityScanner.Scan scan, String vixNote, ChainQuotes quotes) {
    }

    /**
     * Reads and analyses {@code path} on the worker; the window shows progress and may cancel. The previous chain
     * stays until the new one is ready; a bad file leaves it and says why.
     */
    public CompletableFuture<Void> importChain(Path path) {
        busy.set(true);
        progress.set(0);
        info("Reading " + path.getFileName() + "…");
        ParityCosts scanCosts = costs;
        OptionalDouble scanRate = financingRate;
        CompletableFuture<Void> done = new CompletableFuture<>();
        worker.queue(job -> load(path, job, scanCosts, scanRate), imported -> {
            finishImport(path, imported);
            done.complete(null);
        }, failure -> {
            importEnded();
            refuse("Cannot import " + path.getFileName() + ": " + failure.message());
            done.complete(null);
        }, () -> {
            importEnded();
            info("Import of " + path.getFileName() + " cancelled; nothing changed.");
            done.complete(null);
        });
        return done;
    }

    private Imported load(Path path, Worker.Job job, ParityCosts scanCosts, OptionalDouble scanRate) {
        try {
            ChainFile chainFile = ChainCsv.read(path, new ImportProgress() {
                @Override
                public void update(long bytesRead, long totalBytes) {
                    double done = totalBytes > 0 ? 0.7 * bytesRead / totalBytes : 0;
                    worker.post(job, () -> progress.set(done));
                }

                @Override
                public boolean isCancelled() {
                    return job.isCancelled();
                }
            });
            worker.post(job, () -> progress.set(0.75));
            ChainAnalysis result = ChainAnalyzer.analyze(chainFile.chain());
            job.checkpoint();
            Optional<VixFromChain.Result> index = Optional.empty();
            String note = "";
            try {
                index = Optional.of(VixFromChain.compute(chainFile.chain(), e -> ForwardFit.fit(e).rate(e.years())));
            } catch (ValidationException e) {
                note = e.reason();
            }
            worker.post(job, () -> progress.set(0.9));
            return new Imported(chainFile, result, index, ParityScanner.scan(result, scanRate, scanCosts, 0), note,
                    ChainQuotes.of(chainFile.chain()));
        } catch (IOException e) {
            throw new UncheckedIOException(ioMessage(e), e);
        }
    }

    private void importEnded() {
        busy.set(false);
        progress.set(0);
    }

    private void finishImport(Path path, Imported imported) {
        importEnded();
        // trades and plan edits now price from this chain (issue 31 §2), in place of the one this window had
        ChainFile before = file.get();
        ChainQuotes held = before == null ? scenario.chainQuotes() : scenario.chainQuotes().without(before.chain());
        scenario.chainQuotesProperty().set(held.with(imported.quotes()));
        file.set(imported.file());
        analysis.set(imported.analysis());
        vix.set(imported.vix());
        expiries.setAll(imported.analysis().expiries());
        selected.set(expiries.isEmpty() ? null : expiries.get(0));
        publishScan(imported.scan());
        int flagged = imported.file().flaggedQuotes();
        info(String.format("%s: %d quotes, %d expiries analysed%s%s%s", path.getFileName(),
                imported.file().chain().quotes().size(), imported.analysis().expiries().size(),
                imported.analysis().skipped().isEmpty() ? "" : ", " + imported.analysis().skipped().size() + " skipped",
                flagged == 0 ? "" : ", " + flagged + " quotes flagged",
                imported.vix().isPresent() ? String.format(", VIX from the chain %.2f", imported.vix().get().vix())
                        : imported.vixNote().isEmpty() ? "" : " (no VIX: " + imported.vixNote() + ")"));
    }

    /** Stops the running import at its next checkpoint. */
    public void cancel() {
        worker.cancel();
    }

    /** Reads VX futures (CFE settlements or {@code expiry,price}) on the worker. */
    public CompletableFuture<Void> importFutures(Path path) {
        busy.set(true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        worker.queue(job -> {
            try {
                return VxCsv.read(path);
            } catch (IOException e) {
                throw new UncheckedIOException(ioMessage(e), e);
            }
        }, read -> {
            busy.set(false);
            futures.set(read.monthlies());
            info(path.getFileName() + ": " + read.monthlies().size() + " monthly VX futures ("
                    + (read.futures().size() - read.monthlies().size()) + " weeklies and "
                    + read.otherProductRows() + " other products' rows left out)");
            done.complete(null);
        }, failure -> {
            busy.set(false);
            refuse("Cannot import " + path.getFileName() + ": " + failure.message());
            done.complete(null);
        }, () -> {
            busy.set(false);
            done.complete(null);
        });
        return done;
    }

    // ---- parity ------------------------------------------------------------------------------------------

    /** Rescans with a financing rate (empty: each expiry's implied) and a commission per contract. */
    public CompletableFuture<Void> setParityInputs(OptionalDouble rate, double commissionPerContract) {
        ParityCosts next;
        try {
            next = new ParityCosts(commissionPerContract, 0);
        } catch (ValidationException e) {
            refuse(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        costs = next;
        financingRate = rate;
        ChainAnalysis current = analysis.get();
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        worker.queue(job -> ParityScanner.scan(current, rate, next, 0), scan -> {
            publishScan(scan);
            done.complete(null);
        }, failure -> {
            refuse("Cannot rescan parity: " + failure.message());
            done.complete(null);
        }, () -> done.complete(null));
        return done;
    }

    private void publishScan(ParityScanner.Scan scan) {
        parity.setAll(scan.opportunities().subList(0, Math.min(500, scan.opportunities().size())));
        boxRates.setAll(scan.boxRates());
    }

    // ---- actions on the scenario ----------------------------------------------------------------------------

    /** Spot, rate, dividend yield, VIX and the legs' vols and quotes from the chain: one undoable step. */
    public Optional<String> setMarketFromChain() {
        ChainAnalysis current = analysis.get();
        if (current == null) {
            return Optional.of(refuse("Open a chain first."));
        }
        String[] notes = {""};
        double[] vixSpot = {Double.NaN, Double.NaN};
        Optional<String> error = scenario.edit("set market from chain", s -> {
            ChainMarket.Applied applied = ChainMarket.apply(s, current, vix.get());
            notes[0] = String.join("; ", applied.notes());
            vixSpot[0] = s.market().vixSpot();
            vixSpot[1] = applied.scenario().market().vixSpot();
            return applied.scenario();
        });
        error.ifPresentOrElse(this::refuse, () -> {
            info("Market set from the chain: " + notes[0]);
            // It also sets spot VIX to the chain's recomputed index (issue 27 §4): say so, with the figure.
            String vixNote = vixSpot[0] == vixSpot[1] ? "" : "; spot VIX set to the chain's recomputed "
                    + org.condordesk.ui.format.Fmt.number(vixSpot[1], 2) + " (was "
                    + org.condordesk.ui.format.Fmt.number(vixSpot[0], 2) + ")";
            scenario.inform("Market set from the chain" + vixNote + " (undo with Ctrl+Z)");
        });
        return error;
    }

    /** The scenario's VX futures curve replaced by the imported monthlies: one undoable step. */
    public Optional<String> applyFutures() {
        if (futures.get().isEmpty()) {
            return Optional.of(refuse("Open a VX settlements file first."));
        }
        Optional<String> error = scenario.edit("apply VX curve", s -> ChainMarket.withFutures(s, futures.get()));
        error.ifPresentOrElse(this::refuse, () -> info("VX futures curve replaced by " + futures.get().size() + " futures"));
        return error;
    }

    /** Adds a layer built from the chain to the workstation's scenario: one undoable step. */
    public Optional<String> addLayer(Layer layer) {
        Optional<String> error = scenario.layers().addLayer(layer);
        error.ifPresentOrElse(this::refuse, () -> info("Added '" + layer.name() + "' with the chain's quotes and vols"));
        return error;
    }

    /** The VX future for a VIX expiry: the imported settlements if they have it, else the scenario's curve. */
    public double futurePrice(ExpiryAnalysis vixExpiry) {
        return futures.get().stream().filter(f -> f.expiry().equals(vixExpiry.expiry())).mapToDouble(VxSettlement::price)
                .findFirst().orElseGet(() -> {
                    MarketState market = MarketState.of(scenario.scenario());
                    return market.futures().priceAt(market.daysTo(vixExpiry.quotes().settlement()));
                });
    }

    /** Stops the worker (the window is closed for good). */
    public void dispose() {
        worker.close();
    }

    // ---- internals ---------------------------------------------------------------------------------------

    /** O(legs) sums on the latest analysis's own scenario: no engine work on the FX thread. */
    private void updateLiquidity(AnalysisService.Result result) {
        if (result == null || result.failed()) {
            liquidity.clear();
            return;
        }
        liquidity.setAll(LiquidityCost.of(result.request().scenario(), result.analysis(), maxCostShare.get()));
    }

    private void info(String text) {
        status.set(text);
        statusIsError.set(false);
    }

    private String refuse(String text) {
        status.set(text);
        statusIsError.set(true);
        return text;
    }

    /** An I/O failure's own words ("/path: permission denied"), or its kind when it has none. */
    private static String ioMessage(IOException error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
