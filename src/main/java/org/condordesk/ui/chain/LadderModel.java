package org.condordesk.ui.chain;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.condordesk.chain.ChainAnalysis;
import org.condordesk.chain.ChainAnalyzer;
import org.condordesk.chain.ChainBuilder;
import org.condordesk.chain.ChainMarket;
import org.condordesk.chain.ExpiryAnalysis;
import org.condordesk.chain.Ladder;
import org.condordesk.chain.PriceSide;
import org.condordesk.market.ChainQuotes;
import org.condordesk.market.MarketState;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.condordesk.store.csv.ChainFile;
import org.condordesk.ui.edit.LayerPreview;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.Worker;

/**
 * The strike ladder's state (issue 31 §1–§3): an SPX and a VIX chain, each from a {@link QuoteSource} read again on
 * Refresh, every expiry's {@link Ladder} built on the loader's {@link Worker}, the selected expiry, and the ticket: legs a
 * click on a bid (sell) or an ask (buy) adds, with the Add-layer preview's line and the net VIX vega it leaves, then
 * added to the selected layer or as a new one (one undoable step). A refresh also brings the scenario's market and
 * every leg's quote to the new chain ("Set market from chain"), so the marks move.
 */
public final class LadderModel implements AutoCloseable {

    /** The two chains the window holds. */
    public enum Underlying { SPX, VIX }

    /** A chain read from its source, analysed, with every expiry's ladder. */
    public record Loaded(QuoteSource source, ChainFile file, ChainAnalysis analysis,
                         Map<ExpiryAnalysis, LadderView> ladders, boolean refresh, ChainQuotes quotes) {
        public ZonedDateTime quoteTime() {
            return file.chain().quoteTime();
        }
    }

    /** A quote older than this is flagged stale. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(20);

    private final ScenarioViewModel vm;
    private final Map<Underlying, ObjectProperty<Loaded>> loaded = new EnumMap<>(Underlying.class);
    private final Map<Underlying, ObjectProperty<ExpiryAnalysis>> selected = new EnumMap<>(Underlying.class);
    private final Map<Underlying, Worker> loaders = new EnumMap<>(Underlying.class);

    /** A read of {@code source}; {@code apply}: a refresh, whose chain then marks the scenario. */
    private record LoadJob(QuoteSource source, boolean apply) {
    }
    private final ObservableList<Leg> ticket = FXCollections.observableArrayList();
    private final IntegerProperty quantity = new SimpleIntegerProperty(this, "quantity", 1);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Open a chain or refresh from Cboe.");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private final Worker previewer;

    /** The scenario and the ticket's legs at the click: the worker never reads the observable ticket. */
    private record PreviewJob(Scenario scenario, List<Leg> legs) {
    }

    public LadderModel(ScenarioViewModel vm, Executor fx) {
        this.vm = vm;
        for (Underlying u : Underlying.values()) {
            loaded.put(u, new SimpleObjectProperty<>(this, "loaded" + u));
            selected.put(u, new SimpleObjectProperty<>(this, "selected" + u));
            loaders.put(u, new Worker("condordesk-ladder-" + u.name().toLowerCase(java.util.Locale.ROOT), fx));
        }
        previewer = new Worker("condordesk-ladder-preview", fx);
    }

    private static Loaded load(LoadJob job) {
        QuoteSource source = job.source();
        ChainFile file;
        try {
            file = source.read();
        } catch (IOException e) {
            throw new org.condordesk.model.ValidationException(source.describe(), "cannot be read: " + e.getMessage());
        }
        ChainAnalysis analysis = ChainAnalyzer.analyze(file.chain());
        // every expiry's figures and texts now, on this worker: opening an expiry later only swaps the table's rows
        Map<ExpiryAnalysis, LadderView> ladders = new LinkedHashMap<>();
        for (ExpiryAnalysis expiry : analysis.expiries()) {
            ladders.put(expiry, LadderView.of(Ladder.of(file.chain(), expiry)));
        }
        return new Loaded(source, file, analysis, ladders, job.apply(), ChainQuotes.of(file.chain()));
    }

    /** Reads {@code source} on the worker; the chain replaces the one of its underlying when it arrives. */
    public void open(QuoteSource source) {
        status("Reading " + source.describe() + " …", false);
        String underlying = source instanceof QuoteSource.Url url && url.uri().getPath().contains("VIX") ? "VIX" : "SPX";
        read(Underlying.valueOf(underlying), new LoadJob(source, false));
    }

    /** Reads the chain at {@code source} as the chain of {@code underlying}. */
    public void open(Underlying underlying, QuoteSource source) {
        status("Reading " + source.describe() + " …", false);
        read(underlying, new LoadJob(source, false));
    }

    private void read(Underlying u, LoadJob job) {
        loaders.get(u).submit(running -> load(job), chain -> loaded(chain), failure -> error(failure.message()));
    }

    /** Reads every loaded chain's source again; the scenario's market and legs follow the new quotes. */
    public void refresh() {
        loaded.forEach((u, chain) -> {
            if (chain.get() != null) {
                read(u, new LoadJob(chain.get().source(), true));
            }
        });
    }

    private void loaded(Loaded chain) {
        // the chain's own underlying decides its tab, whichever tab opened the file
        Underlying u = Underlying.valueOf(chain.file().chain().underlying());
        ExpiryAnalysis previous = selected.get(u).get();
        Loaded before = loaded.get(u).get();
        loaded.get(u).set(chain);
        // trades and plan edits now price from this chain (issue 31 §2); the index was built on the loader
        ChainQuotes held = before == null ? vm.chainQuotes() : vm.chainQuotes().without(before.file().chain());
        vm.chainQuotesProperty().set(held.with(chain.quotes()));
        selected.get(u).set(chain.analysis().expiries().stream()
                .filter(e -> previous != null && e.root() == previous.root() && e.expiry().equals(previous.expiry()))
                .findFirst().orElse(chain.analysis().expiries().isEmpty() ? null : defaultExpiry(chain.analysis())));
        status(u + " chain: " + chain.file().chain().quotes().size() + " quotes at " + Fmt.dateTime(
                chain.quoteTime().toLocalDateTime()) + " New York from " + chain.source().describe(), false);
        if (chain.refresh()) {
            applyToScenario(chain);
        }
    }

    /** The first expiry at least a week out (a condor's), else the first. */
    private static ExpiryAnalysis defaultExpiry(ChainAnalysis analysis) {
        return analysis.expiries().stream().filter(e -> e.quotes().days() >= 7).findFirst()
                .orElse(analysis.expiries().get(0));
    }

    /** Spot, rate, VIX and every matching leg's quote and vol from {@code chain}: one undoable step. */
    public Optional<String> applyToScenario(Loaded chain) {
        String[] note = {""};
        Optional<String> error = vm.edit("refresh quotes", s -> {
            ChainMarket.Applied applied = ChainMarket.apply(s, chain.analysis(), Optional.empty());
            note[0] = applied.legsUpdated() + " legs marked";
            return applied.scenario();
        });
        error.ifPresentOrElse(e -> status(e, true), () -> status(status.get() + "; " + note[0], false));
        return error;
    }

    public ObjectProperty<Loaded> loadedProperty(Underlying u) {
        return loaded.get(u);
    }

    public ObjectProperty<ExpiryAnalysis> selectedProperty(Underlying u) {
        return selected.get(u);
    }

    /** The selected expiry's ladder of {@code u}; empty before a chain is loaded. */
    public Optional<Ladder> ladder(Underlying u) {
        return view(u).map(LadderView::ladder);
    }

    /** The selected expiry's rows of {@code u} as the table shows them (built on the loader). */
    Optional<LadderView> view(Underlying u) {
        Loaded chain = loaded.get(u).get();
        ExpiryAnalysis expiry = selected.get(u).get();
        return chain == null || expiry == null ? Optional.empty() : Optional.ofNullable(chain.ladders().get(expiry));
    }

    /** True when the chain of {@code u} is older than {@link #STALE_AFTER} at {@code now}. */
    public boolean stale(Underlying u, ZonedDateTime now) {
        Loaded chain = loaded.get(u).get();
        return chain != null && Duration.between(chain.quoteTime(), now).compareTo(STALE_AFTER) > 0;
    }

    public ObservableList<Leg> ticket() {
        return ticket;
    }

    public IntegerProperty quantityProperty() {
        return quantity;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    /**
     * A click on a price of the selected expiry of {@code u}: the bid sells, the ask buys {@link #quantityProperty()}
     * contracts at that price; the leg joins the ticket. A mid click is refused (no one fills at the mid for sure).
     */
    public Optional<String> click(Underlying u, double strike, OptionRight right, PriceSide side) {
        ExpiryAnalysis expiry = selected.get(u).get();
        if (expiry == null || side == PriceSide.MID) {
            return Optional.of(status("Click a bid to sell or an ask to buy.", true));
        }
        int contracts = Math.max(1, quantity.get());
        try {
            Leg leg = ChainBuilder.fromLadder(expiry, vixFuture(u, expiry), right, strike,
                    side == PriceSide.BID ? -contracts : contracts);
            ticket.add(leg);
            status((side == PriceSide.BID ? "Sell " : "Buy ") + contracts + " " + leg.instrument().label() + " at "
                    + Fmt.number(leg.entryPrice(), 2), false);
            updatePreview();
            return Optional.empty();
        } catch (org.condordesk.model.ValidationException e) {
            return Optional.of(status(e.getMessage(), true));
        }
    }

    /**
     * A vertical from the short strike: sells {@code shortStrike} at its bid and buys the strike {@code width} further
     * out (lower for puts, higher for calls) at its ask. Two verticals make an iron condor.
     */
    public Optional<String> vertical(Underlying u, OptionRight right, double shortStrike, double width) {
        double wing = right == OptionRight.PUT ? shortStrike - width : shortStrike + width;
        Optional<String> first = click(u, shortStrike, right, PriceSide.BID);
        return first.isPresent() ? first : click(u, wing, right, PriceSide.ASK);
    }

    /** The listed strike whose delta is nearest {@code delta} (0.16: the 16-delta) on the OTM side of {@code right}. */
    public java.util.OptionalDouble strikeForDelta(Underlying u, OptionRight right, double delta) {
        return ladder(u).map(l -> l.strikeForDelta(right, delta)).orElse(java.util.OptionalDouble.empty());
    }

    /** The VIX future an expiry prices off: the scenario's curve at its settlement (NaN for SPX). */
    public double vixFuture(Underlying u, ExpiryAnalysis expiry) {
        if (u != Underlying.VIX) {
            return Double.NaN;
        }
        // the curve alone (an interpolation), not a whole MarketState: this runs on the FX thread
        Scenario scenario = vm.scenario();
        org.condordesk.market.VixFuturesCurve curve = new org.condordesk.market.VixFuturesCurve(
                scenario.market().vixSpot(), scenario.market().vixFutures(), scenario.valuationInstant());
        return curve.priceAt(org.condordesk.market.Tenor.days(scenario.valuationInstant(), expiry.quotes().settlement()));
    }

    public void clearTicket() {
        ticket.clear();
        preview.set("");
    }

    /** The ticket's legs added to the selected layer (or as a new layer, or when none is selected): one undo step. */
    public Optional<String> confirm(boolean asNewLayer) {
        if (ticket.isEmpty()) {
            return Optional.of(status("Click prices first: the ticket is empty.", true));
        }
        List<Leg> legs = new ArrayList<>(ticket);
        int layer = vm.selectedLayerProperty().get();
        boolean newLayer = asNewLayer || layer < 0 || layer >= vm.scenario().layers().size();
        Optional<String> error = newLayer ? vm.layers().addLayer(ticketLayer(legs))
                : vm.edit("add legs from the ladder", s -> s.withLayer(layer, addAll(s.layers().get(layer), legs)));
        error.ifPresentOrElse(e -> status(e, true), () -> {
            status("Added " + legs.size() + " leg" + (legs.size() == 1 ? "" : "s") + (newLayer ? " as a new layer"
                    : " to '" + vm.scenario().layers().get(layer).name() + "'") + " (undo with Ctrl+Z)", false);
            clearTicket();
        });
        return error;
    }

    private static Layer addAll(Layer layer, List<Leg> legs) {
        Layer out = layer;
        for (Leg leg : legs) {
            out = out.plusLeg(leg);
        }
        return out;
    }

    /** The ticket as a layer: CORE for SPX options, HEDGE once it holds a VIX option. */
    static Layer ticketLayer(List<Leg> clicked) {
        // puts before calls, strikes ascending: four clicks in any order read as long put, short put, short call, long call
        List<Leg> legs = new ArrayList<>(clicked);
        legs.sort(java.util.Comparator.comparing((Leg l) -> l.instrument().kind())
                .thenComparing(l -> l.instrument().optionRight().map(r -> r == OptionRight.PUT ? 0 : 1).orElse(2))
                .thenComparingDouble(l -> l.instrument().optionStrike().orElse(0)));
        boolean vix = legs.stream().anyMatch(l -> l.instrument().kind() != org.condordesk.model.InstrumentKind.SPX_OPTION);
        return Layer.of(vix ? "Hedge from the ladder" : "Core from the ladder", vix ? LayerRole.HEDGE : LayerRole.CORE, legs);
    }

    private void updatePreview() {
        preview.set("…");
        PreviewJob job = new PreviewJob(vm.scenario(), List.copyOf(ticket));
        previewer.replace(running -> previewOf(job), preview::set, failure -> preview.set(failure.message()));
    }

    /** The Add-layer preview's line for the ticket, and the net VIX vega before → after adding it. */
    private String previewOf(PreviewJob job) {
        Scenario scenario = job.scenario();
        List<Leg> legs = job.legs();
        if (legs.isEmpty()) {
            return "";
        }
        Layer layer = ticketLayer(legs);
        AnalysisSettings quick = AnalysisSettings.defaults().withRange(-10, 10, 3).withoutHeatmapAndDecay();
        double before = Analyzer.analyze(scenario, MarketState.of(scenario), quick).netVixVega();
        Scenario after = scenario.plusLayer(layer);
        double withTicket = Analyzer.analyze(after, MarketState.of(after), quick).netVixVega();
        return LayerPreview.of(scenario, layer) + " · net VIX vega " + Fmt.usd0(before) + " → " + Fmt.usd0(withTicket)
                + " per VIX point";
    }

    private String status(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
        return text;
    }

    void error(String text) {
        status(text, true);
    }

    @Override
    public void close() {
        // the window's chains are no longer loaded: trades price as before (quotes on the legs, else the model)
        for (ObjectProperty<Loaded> chain : loaded.values()) {
            if (chain.get() != null) {
                vm.chainQuotesProperty().set(vm.chainQuotes().without(chain.get().file().chain()));
            }
        }
        loaders.values().forEach(Worker::close);
        previewer.close();
    }
}
