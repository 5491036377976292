package org.condordesk.capital;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.condordesk.model.Check;
import org.condordesk.model.Instrument;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixFuture;

/**
 * The Reg-T margin of one layer's legs (docs/capital.md §1): within each option class (SPX, VIX) shorts are paired
 * greedily with longs of the same right expiring with or after them into spreads; a put credit spread and a call
 * credit spread of the same expiry and size form an iron condor charged its wider side; shorts left over are
 * uncovered (a short put with a short call: a strangle); longs left over are paid in full. VX futures post the
 * initial margin per contract (VXM pro rata by multiplier); VIX-ETF shares are paid in full long, 150 % short.
 */
final class StrategyMargin {

    /** Reg-T short sale of an ETF: 150 % of its value, the proceeds included (Regulation T, 12 CFR 220.12(c)). */
    static final double SHORT_SALE_REQUIREMENT = 1.5;

    /**
     * Inputs the rules need: the underlying levels, the VX initial margin per 1000-multiplier contract and each ETF's
     * price per share (by symbol).
     */
    record Inputs(double spxSpot, double vixSpot, double vxMarginPerContract, java.util.Map<String, Double> etfPrices) {
        Inputs {
            etfPrices = java.util.Map.copyOf(etfPrices);
        }
    }

    /** One option position being paired: its open contracts shrink as spreads take them. */
    private static final class Lot {
        final String underlying;
        final OptionRight right;
        final double strike;
        final LocalDate expiry;
        final double premium;
        final double multiplier;
        double open;

        Lot(String underlying, Leg leg, double contracts) {
            Instrument instrument = leg.instrument();
            this.underlying = underlying;
            this.right = instrument.optionRight().orElseThrow();
            this.strike = instrument.optionStrike().orElseThrow();
            this.expiry = instrument.expiryDate().orElseThrow();
            this.premium = leg.entryPrice();
            this.multiplier = instrument.multiplier();
            this.open = contracts;
        }
    }

    /** A structure's collateral and the premiums it pays and receives, all $. */
    private record Structure(String description, double collateral, double paid, double received) {
        MarginLine line() {
            return new MarginLine(description, collateral + Math.max(paid - received, 0), collateral + paid - received);
        }
    }

    private record Spread(Lot shortLot, Lot longLot, double contracts) {
        double collateral() {
            return MarginRules.spread(shortLot.right, shortLot.strike, longLot.strike) * shortLot.multiplier * contracts;
        }

        double paid() {
            return longLot.premium * longLot.multiplier * contracts;
        }

        double received() {
            return shortLot.premium * shortLot.multiplier * contracts;
        }
    }

    private StrategyMargin() {
    }

    static LayerMargin of(int index, Layer layer, Inputs inputs) {
        List<Structure> structures = new ArrayList<>();
        double weight = layer.weight();
        if (weight > 0) {
            options(layer, weight, "SPX", leg -> leg.instrument().kind() == InstrumentKind.SPX_OPTION, inputs.spxSpot(),
                    MarginRules.BROAD_INDEX, structures);
            options(layer, weight, "VIX", leg -> leg.instrument().kind() == InstrumentKind.VIX_OPTION, inputs.vixSpot(),
                    MarginRules.VOLATILITY_INDEX, structures);
            for (VixEtf etf : etfUnderlyings(layer)) {
                double price = inputs.etfPrices().getOrDefault(etf.symbol(), Double.NaN);
                EtfCover cover = new EtfCover(shares(layer, etf, weight));
                options(layer, weight, etf.symbol(), leg -> leg.instrument() instanceof VixEtfOption option
                        && option.underlying().symbol().equals(etf.symbol()), price, MarginRules.etfOption(etf.leverage()),
                        cover, structures);
            }
            for (Leg leg : layer.legs()) {
                linear(leg, weight, inputs, structures);
            }
        }
        List<MarginLine> lines = structures.stream().map(Structure::line).toList();
        return new LayerMargin(index, layer.name(), lines.stream().mapToDouble(MarginLine::requirement).sum(),
                lines.stream().mapToDouble(MarginLine::capital).sum(),
                structures.stream().mapToDouble(Structure::collateral).sum(), lines);
    }

    private static void options(Layer layer, double weight, String underlying, java.util.function.Predicate<Leg> of,
                                double level, MarginRules.Rates rates, List<Structure> out) {
        options(layer, weight, underlying, of, level, rates, new EtfCover(0), out);
    }

    private static void options(Layer layer, double weight, String underlying, java.util.function.Predicate<Leg> of,
                                double level, MarginRules.Rates rates, EtfCover cover, List<Structure> out) {
        List<Lot> shorts = new ArrayList<>();
        List<Lot> longs = new ArrayList<>();
        for (Leg leg : layer.legs()) {
            if (of.test(leg) && leg.quantity() != 0) {
                (leg.quantity() < 0 ? shorts : longs).add(new Lot(underlying, leg, Math.abs(leg.quantity()) * weight));
            }
        }
        List<Spread> spreads = pair(shorts, longs);
        combineCondors(spreads, out);
        covered(shorts, cover, out);
        if (shorts.stream().anyMatch(lot -> lot.open > 0) && !Double.isFinite(level)) {
            throw new org.condordesk.model.ValidationException("market.etfQuotes", "no price for " + underlying
                    + ": its uncovered short options cannot be margined");
        }
        uncovered(shorts, level, rates, out);
        for (Lot lot : longs) {
            if (lot.open > 0) {
                out.add(new Structure("long " + describe(lot) + " × " + count(lot.open) + ": paid in full", 0,
                        lot.premium * lot.multiplier * lot.open, 0));
            }
        }
    }

    /**
     * Pairs each short with the long of its right, expiring with or after it, that leaves the smallest spread
     * requirement (puts: the highest long strike; calls: the lowest), until one side runs out.
     */
    private static List<Spread> pair(List<Lot> shorts, List<Lot> longs) {
        List<Spread> spreads = new ArrayList<>();
        List<Lot> ordered = new ArrayList<>(shorts);
        ordered.sort(Comparator.comparing((Lot lot) -> lot.expiry)
                .thenComparingDouble(lot -> lot.right == OptionRight.PUT ? -lot.strike : lot.strike));
        for (Lot shortLot : ordered) {
            while (shortLot.open > 0) {
                Lot best = null;
                for (Lot longLot : longs) {
                    if (longLot.open > 0 && longLot.right == shortLot.right && !longLot.expiry.isBefore(shortLot.expiry)
                            && (best == null || cheaper(shortLot, longLot, best))) {
                        best = longLot;
                    }
                }
                if (best == null) {
                    break;
                }
                double contracts = Math.min(shortLot.open, best.open);
                shortLot.open -= contracts;
                best.open -= contracts;
                spreads.add(new Spread(shortLot, best, contracts));
            }
        }
        return spreads;
    }

    private static boolean cheaper(Lot shortLot, Lot candidate, Lot best) {
        double candidateCost = MarginRules.spread(shortLot.right, shortLot.strike, candidate.strike);
        double bestCost = MarginRules.spread(shortLot.right, shortLot.strike, best.strike);
        return candidateCost < bestCost || candidateCost == bestCost && candidate.expiry.isBefore(best.expiry);
    }

    /**
     * Per short expiry, put credit spreads and call credit spreads of equal total size are one iron condor charged the
     * greater of the two sides (Cboe Margin Manual: "short call spread requirement or short put spread requirement,
     * whichever is greater"; SPX cannot finish below the puts and above the calls); every other spread stands alone.
     */
    private static void combineCondors(List<Spread> spreads, List<Structure> out) {
        Map<LocalDate, List<Spread>> byExpiry = new TreeMap<>();
        for (Spread spread : spreads) {
            byExpiry.computeIfAbsent(spread.shortLot.expiry, date -> new ArrayList<>()).add(spread);
        }
        for (List<Spread> group : byExpiry.values()) {
            List<Spread> puts = credit(group, OptionRight.PUT);
            List<Spread> calls = credit(group, OptionRight.CALL);
            double putContracts = puts.stream().mapToDouble(Spread::contracts).sum();
            double callContracts = calls.stream().mapToDouble(Spread::contracts).sum();
            boolean condor = !puts.isEmpty() && !calls.isEmpty() && Math.abs(putContracts - callContracts) < 1e-9;
            if (condor) {
                out.add(condor(puts, calls));
            }
            for (Spread spread : group) {
                if (!condor || !(puts.contains(spread) || calls.contains(spread))) {
                    out.add(new Structure(describe(spread), spread.collateral(), spread.paid(), spread.received()));
                }
            }
        }
    }

    private static List<Spread> credit(List<Spread> group, OptionRight right) {
        return group.stream().filter(s -> s.shortLot.right == right && s.collateral() > 0).toList();
    }

    private static Structure condor(List<Spread> puts, List<Spread> calls) {
        double putSide = puts.stream().mapToDouble(Spread::collateral).sum();
        double callSide = calls.stream().mapToDouble(Spread::collateral).sum();
        double paid = puts.stream().mapToDouble(Spread::paid).sum() + calls.stream().mapToDouble(Spread::paid).sum();
        double received = puts.stream().mapToDouble(Spread::received).sum()
                + calls.stream().mapToDouble(Spread::received).sum();
        Spread put = puts.get(0);
        Spread call = calls.get(0);
        String description = "iron condor " + put.shortLot.underlying + " " + strike(put.longLot.strike) + "/"
                + strike(put.shortLot.strike) + "/" + strike(call.shortLot.strike) + "/" + strike(call.longLot.strike)
                + " × " + count(puts.stream().mapToDouble(Spread::contracts).sum()) + " (" + put.shortLot.expiry
                + "): the wider side, " + (putSide >= callSide ? "puts" : "calls") + "; the credit may be applied";
        return new Structure(description, Math.max(putSide, callSide), paid, received);
    }

    /** The ETF shares a layer holds (signed), which cover short calls (long shares) or short puts (short shares). */
    private static final class EtfCover {
        double shares;

        EtfCover(double shares) {
            this.shares = shares;
        }
    }

    private static List<VixEtf> etfUnderlyings(Layer layer) {
        List<VixEtf> out = new ArrayList<>();
        for (Leg leg : layer.legs()) {
            if (leg.instrument() instanceof VixEtfOption option && leg.quantity() != 0
                    && out.stream().noneMatch(etf -> etf.symbol().equals(option.underlying().symbol()))) {
                out.add(option.underlying());
            }
        }
        return out;
    }

    private static double shares(Layer layer, VixEtf etf, double weight) {
        return layer.legs().stream().filter(leg -> leg.instrument() instanceof VixEtf held && held.symbol().equals(etf.symbol()))
                .mapToDouble(leg -> leg.quantity() * weight).sum();
    }

    /**
     * Covered shorts (Cboe Rule 10.3(c)(5)(C)(iii), "Covered Calls/Covered Puts"): a short call against 100 long
     * shares a contract, or a short put against 100 short shares, needs no margin of its own; the shares carry theirs
     * (paid in full, or the short sale's 150 %) and the proceeds may be applied.
     */
    private static void covered(List<Lot> shorts, EtfCover cover, List<Structure> out) {
        for (Lot lot : shorts) {
            boolean call = lot.right == OptionRight.CALL;
            double available = Math.floor((call ? cover.shares : -cover.shares) / lot.multiplier);
            double contracts = Math.min(lot.open, Math.max(available, 0));
            if (contracts > 0) {
                out.add(new Structure("covered short " + describe(lot) + " × " + count(contracts) + ": against "
                        + (call ? "long" : "short") + " shares, no requirement of its own", 0, 0,
                        lot.premium * lot.multiplier * contracts));
                lot.open -= contracts;
                cover.shares -= (call ? 1 : -1) * contracts * lot.multiplier;
            }
        }
    }

    /** Uncovered shorts: a short put with a short call is a strangle (the larger requirement + the other's proceeds). */
    private static void uncovered(List<Lot> shorts, double underlying, MarginRules.Rates rates, List<Structure> out) {
        List<Lot> puts = shorts.stream().filter(l -> l.open > 0 && l.right == OptionRight.PUT).toList();
        List<Lot> calls = shorts.stream().filter(l -> l.open > 0 && l.right == OptionRight.CALL).toList();
        for (Lot put : puts) {
            for (Lot call : calls) {
                double contracts = Math.min(put.open, call.open);
                if (contracts > 0) {
                    double perUnit = MarginRules.shortStrangle(naked(put, underlying, rates), put.premium,
                            naked(call, underlying, rates), call.premium);
                    out.add(new Structure("short strangle " + describe(put) + " + " + strike(call.strike) + " call × "
                            + count(contracts), perUnit * put.multiplier * contracts, 0,
                            (put.premium + call.premium) * put.multiplier * contracts));
                    put.open -= contracts;
                    call.open -= contracts;
                }
            }
        }
        for (Lot lot : shorts) {
            if (lot.open > 0) {
                out.add(new Structure("uncovered short " + describe(lot) + " × " + count(lot.open),
                        naked(lot, underlying, rates) * lot.multiplier * lot.open, 0, lot.premium * lot.multiplier * lot.open));
                lot.open = 0;
            }
        }
    }

    private static double naked(Lot lot, double underlying, MarginRules.Rates rates) {
        return MarginRules.uncoveredShort(lot.right, underlying, lot.strike, lot.premium, rates);
    }

    /** VX futures post the initial margin (pro rata for a smaller multiplier); ETF shares are paid or sold short. */
    private static void linear(Leg leg, double weight, Inputs inputs, List<Structure> out) {
        Instrument instrument = leg.instrument();
        double contracts = Math.abs(leg.quantity()) * weight;
        if (instrument instanceof VixFuture future) {
            double perContract = inputs.vxMarginPerContract() * future.multiplier() / VixFuture.MULTIPLIER;
            out.add(new Structure((leg.quantity() > 0 ? "long " : "short ") + instrument.label() + " × " + count(contracts)
                    + ": initial margin $" + Check.format(Math.round(perContract)) + " a contract", perContract * contracts, 0, 0));
        } else if (instrument instanceof VixEtf etf) {
            double value = leg.entryPrice() * contracts;
            if (leg.quantity() > 0) {
                out.add(new Structure("long " + etf.symbol() + " shares × " + count(contracts) + ": paid in full", 0, value, 0));
            } else {
                out.add(new Structure("short " + etf.symbol() + " shares × " + count(contracts) + ": 150 % of the value",
                        SHORT_SALE_REQUIREMENT * value, 0, value));
            }
        }
    }

    private static String describe(Spread spread) {
        Lot s = spread.shortLot;
        Lot l = spread.longLot;
        boolean diagonal = !s.expiry.equals(l.expiry);
        String kind = (s.right == OptionRight.PUT ? "put " : "call ") + (diagonal ? "diagonal" : "spread");
        String legs = diagonal ? strike(s.strike) + " (" + s.expiry + ") / " + strike(l.strike) + " (" + l.expiry + ")"
                : strike(s.strike) + "/" + strike(l.strike) + " (" + s.expiry + ")";
        String basis = spread.collateral() > 0 ? "the strike difference; the credit may be applied" : "a debit: paid in full";
        return kind + " " + s.underlying + " short " + legs + " × " + count(spread.contracts) + ": " + basis;
    }

    private static String describe(Lot lot) {
        return lot.underlying + " " + strike(lot.strike) + " " + lot.right.name().toLowerCase() + " (" + lot.expiry + ")";
    }

    private static String strike(double strike) {
        return Check.format(strike);
    }

    private static String count(double contracts) {
        double rounded = Math.round(contracts * 1000) / 1000.0;
        return Check.format(rounded);
    }
}
