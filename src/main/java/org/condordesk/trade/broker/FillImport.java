package org.condordesk.trade.broker;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.condordesk.market.MarketState;
import org.condordesk.market.Tenor;
import org.condordesk.model.Check;
import org.condordesk.model.FifoLedger;
import org.condordesk.model.Fill;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.PositionStatus;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;

/**
 * Turns a broker file's fills into a live position (docs/formats.md): the fills of one instrument become one leg
 * (time order; the file's order on a tie), legs are grouped into proposed layers by product and expiry (SPX legs a
 * CORE layer named by their structure, VIX, VX and ETF legs HEDGE layers) for the trader to confirm or regroup, and
 * a leg that cannot be valued is left out with the reason, never imported silently wrong.
 */
public final class FillImport {

    private FillImport() {
    }

    /** One leg of the proposal: its instrument, fills in time order and the file lines they came from. */
    public record ProposedLeg(Instrument instrument, List<Fill> fills, List<Integer> lines) {

        public ProposedLeg {
            fills = List.copyOf(fills);
            lines = List.copyOf(lines);
        }

        public int openQuantity() {
            return FifoLedger.of(fills, instrument.multiplier()).openQuantity();
        }
    }

    /** A proposed layer: name, role and legs; the trader may rename it or move legs between layers. */
    public record ProposedLayer(String name, LayerRole role, List<ProposedLeg> legs) {

        public ProposedLayer {
            legs = List.copyOf(legs);
        }
    }

    /** The grouping the trader confirms, with every row of the file that was not imported. */
    public record Proposal(List<ProposedLayer> layers, List<BrokerRows.Unmapped> unmapped, List<String> notes) {

        public Proposal {
            layers = List.copyOf(layers);
            unmapped = List.copyOf(unmapped);
            notes = List.copyOf(notes);
        }

        /** Leg {@code leg} of layer {@code from} moved to layer {@code to} ({@code to == layers().size()}: a new layer). */
        public Proposal withLegMoved(int from, int leg, int to) {
            List<List<ProposedLeg>> legs = new ArrayList<>();
            for (ProposedLayer layer : layers) {
                legs.add(new ArrayList<>(layer.legs()));
            }
            ProposedLeg moved = legs.get(from).remove(leg);
            if (to == layers.size()) {
                legs.add(new ArrayList<>());
            }
            legs.get(to).add(moved);
            List<ProposedLayer> regrouped = new ArrayList<>();
            for (int i = 0; i < legs.size(); i++) {
                if (legs.get(i).isEmpty()) {
                    continue;
                }
                ProposedLayer old = i < layers.size() ? layers.get(i) : null;
                regrouped.add(old != null ? new ProposedLayer(old.name(), old.role(), legs.get(i))
                        : new ProposedLayer("Imported " + (i + 1), roleOf(moved.instrument()), legs.get(i)));
            }
            return new Proposal(regrouped, unmapped, notes);
        }

        public Proposal withLayerName(int index, String name) {
            List<ProposedLayer> copy = new ArrayList<>(layers);
            ProposedLayer layer = copy.get(index);
            copy.set(index, new ProposedLayer(Check.name("name", name.strip(), Layer.MAX_NAME_CHARS), layer.role(), layer.legs()));
            return new Proposal(copy, unmapped, notes);
        }

        public Proposal withLayerRole(int index, LayerRole role) {
            List<ProposedLayer> copy = new ArrayList<>(layers);
            ProposedLayer layer = copy.get(index);
            copy.set(index, new ProposedLayer(layer.name(), role, layer.legs()));
            return new Proposal(copy, unmapped, notes);
        }

        /** The latest fill of the proposal (the position's time when nothing later is asked for). */
        public Optional<LocalDateTime> lastFill() {
            return layers.stream().flatMap(l -> l.legs().stream()).flatMap(l -> l.fills().stream()).map(Fill::time)
                    .max(Comparator.naturalOrder());
        }
    }

    /** The proposal for {@code rows}: legs by instrument, layers by product and expiry. */
    public static Proposal propose(BrokerRows rows) {
        Map<Instrument, List<BrokerFill>> byInstrument = new LinkedHashMap<>();
        rows.fills().stream().sorted(Comparator.comparing(BrokerFill::time))
                .forEach(fill -> byInstrument.computeIfAbsent(fill.instrument(), k -> new ArrayList<>()).add(fill));
        Map<String, List<ProposedLeg>> groups = new LinkedHashMap<>();
        byInstrument.entrySet().stream().sorted(Comparator.comparing(e -> groupKey(e.getKey())))
                .forEach(e -> groups.computeIfAbsent(groupKey(e.getKey()), k -> new ArrayList<>()).add(leg(e.getKey(), e.getValue())));
        List<ProposedLayer> layers = new ArrayList<>();
        groups.forEach((key, legs) -> layers.add(new ProposedLayer(LayerNames.of(legs), roleOf(legs.get(0).instrument()), legs)));
        layers.sort(Comparator.comparing((ProposedLayer l) -> l.role() == LayerRole.CORE ? 0 : 1));
        return new Proposal(layers, rows.unmapped(), rows.notes());
    }

    private static ProposedLeg leg(Instrument instrument, List<BrokerFill> fills) {
        List<Fill> converted = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (BrokerFill fill : fills) {
            converted.add(new Fill(fill.time(), fill.quantity(), fill.price(), fill.fees()));
            lines.add(fill.line());
        }
        return new ProposedLeg(instrument, converted, lines);
    }

    static LayerRole roleOf(Instrument instrument) {
        return instrument.kind() == org.condordesk.model.InstrumentKind.SPX_OPTION ? LayerRole.CORE : LayerRole.HEDGE;
    }

    /** Product family and expiry: {@code 0 SPX 2026-12-09}, {@code 1 VIX 2027-01-20}, {@code 2 VX}, {@code 3 VXX}. */
    private static String groupKey(Instrument instrument) {
        String expiry = instrument.expiryDate().map(LocalDate::toString).orElse("");
        return switch (instrument.kind()) {
            case SPX_OPTION -> "0 SPX " + expiry;
            case VIX_OPTION -> "1 VIX " + expiry;
            case VIX_FUTURE -> "2 VX futures";
            case VIX_ETF -> "3 " + ((VixEtf) instrument).symbol();
            case VIX_ETF_OPTION -> "4 " + ((VixEtfOption) instrument).underlying().symbol() + " " + expiry;
        };
    }

    /** A built position and the legs that could not be part of it, with why. */
    public record Imported(Scenario scenario, List<String> leftOut) {

        public Imported {
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * The live position of {@code proposal} valued at {@code valuationTime} in {@code base}'s market, model and
     * events, named {@code name}. A leg still open after its expiry, or on an ETF the market has no price for, is
     * left out (its lines named in {@code leftOut}); nothing else is changed.
     */
    public static Imported build(Proposal proposal, Scenario base, String name, LocalDateTime valuationTime) {
        List<String> leftOut = new ArrayList<>();
        List<Layer> layers = new ArrayList<>();
        MarketState market = MarketState.of(base.withLayers(List.of()).withValuationTime(valuationTime));
        for (ProposedLayer proposed : proposal.layers()) {
            List<Leg> legs = new ArrayList<>();
            for (ProposedLeg leg : proposed.legs()) {
                problem(leg, base, valuationTime).ifPresentOrElse(
                        reason -> leftOut.add("lines " + lines(leg) + ": " + leg.instrument().label() + " " + reason),
                        () -> legs.add(Leg.live(leg.instrument(), leg.fills(), volOf(leg.instrument(), market), Optional.empty())));
            }
            if (!legs.isEmpty()) {
                layers.add(new Layer(proposed.name(), proposed.role(), true, 1, legs));
            }
        }
        Scenario scenario = base.withLayers(List.of()).withName(Check.name("name", name, Scenario.MAX_NAME_CHARS))
                .withValuationTime(valuationTime).withStatus(PositionStatus.LIVE).withLayers(layers);
        return new Imported(scenario, leftOut);
    }

    private static Optional<String> problem(ProposedLeg leg, Scenario base, LocalDateTime valuationTime) {
        Instrument instrument = leg.instrument();
        Optional<String> etf = instrument instanceof VixEtf shares ? Optional.of(shares.symbol())
                : instrument instanceof VixEtfOption option ? Optional.of(option.underlying().symbol()) : Optional.empty();
        if (etf.isPresent() && base.market().etfQuote(etf.get()).isEmpty()) {
            return Optional.of("needs a " + etf.get() + " price in the market (add it, then import again)");
        }
        int open = leg.openQuantity();
        boolean expired = instrument.expiryTime().map(t -> t.toLocalDateTime().isBefore(valuationTime)).orElse(false);
        if (open != 0 && expired) {
            return Optional.of("is still open (" + open + ") after its expiry and the file has no closing row: close it "
                    + "at its settlement value by hand");
        }
        return Optional.empty();
    }

    /** What the trader is told about the imported legs' implied vols. */
    public static final String VOL_NOTE = "broker files carry no implied vol: SPX legs take the default smile's at "
            + "their strike and tenor, VIX options 85 % and ETF options 80 %; set them from the market (legs table or "
            + "option-chain window) before reading the greeks";
    static final double IMPORTED_VIX_VOL = 0.85;
    static final double IMPORTED_ETF_VOL = 0.80;
    /** A leg that has expired has no tenor to read the smile at: its vol is never used. */
    static final double EXPIRED_SPX_VOL = 0.20;

    /** An imported option's implied vol ({@link #VOL_NOTE}): the file carries none. */
    static OptionalDouble volOf(Instrument instrument, MarketState market) {
        return switch (instrument.kind()) {
            case SPX_OPTION -> OptionalDouble.of(spxVol(instrument, market));
            case VIX_OPTION -> OptionalDouble.of(IMPORTED_VIX_VOL);
            case VIX_ETF_OPTION -> OptionalDouble.of(IMPORTED_ETF_VOL);
            case VIX_FUTURE, VIX_ETF -> OptionalDouble.empty();
        };
    }

    private static double spxVol(Instrument option, MarketState market) {
        double days = market.daysTo(option.expiryTime().orElseThrow());
        if (days <= 0) {
            return EXPIRED_SPX_VOL;
        }
        double forward = market.spxForward(days / Tenor.DAYS_PER_YEAR);
        double vol = market.smile().vol(option.optionStrike().getAsDouble(), forward, days);
        return Math.min(Math.max(Math.round(vol * 1e4) / 1e4, 0.01), Leg.MAX_IMPLIED_VOL);
    }

    private static String lines(ProposedLeg leg) {
        return leg.lines().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** Refuses an import that found no fill at all, naming the first rows it could not read. */
    public static void requireFills(BrokerRows rows) {
        if (rows.fills().isEmpty()) {
            String first = rows.unmapped().stream().limit(3).map(BrokerRows.Unmapped::toString)
                    .reduce((a, b) -> a + "; " + b).orElse("the file has no trade rows");
            throw new ValidationException(rows.source(), "no fill could be imported (" + first + ")");
        }
    }
}
