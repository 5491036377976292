package org.condordesk.trade;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.condordesk.market.MarketState;
import org.condordesk.market.Tenor;
import org.condordesk.model.Instrument;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionInstrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.RollMode;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixFuture;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Bsm;

/**
 * The legs a roll opens (docs/model.md §15): the same instrument at the new expiry, its strike by the roll's mode,
 * its implied vol moved along the model smile (an SPX leg keeps its offset from the default smile; VIX and ETF
 * options keep their vol), strikes rounded to the listed grid (SPX 5 points, VIX and ETF options 0.5).
 */
final class RollStrikes {

    /** Deltas are matched to within this (Brent on the strike, then rounded to the grid). */
    private static final double DELTA_ACCURACY = 1e-10;

    private final MarketState market;
    /** Elapsed days from the valuation time to the roll's instant: every tenor, level and vol is taken there. */
    private final double rollDays;

    RollStrikes(MarketState market) {
        this(market, 0);
    }

    /**
     * Strikes and vols at the roll's instant, {@code rollDays} elapsed days after the valuation time (issue 25 §3):
     * the engine's time-shift rules (docs/model.md §6): SPX vols rolled along the ATM term structure, futures down
     * the curve, spot and VIX held.
     */
    RollStrikes(MarketState market, double rollDays) {
        this.market = market;
        this.rollDays = Math.max(0, rollDays);
    }

    /**
     * The plan leg (entry 0, to be priced) that replaces {@code leg} at {@code toExpiry}; {@code rolled} are all the
     * legs this roll moves (SAME_WIDTH finds each long leg's short there).
     */
    Leg replacement(Leg leg, List<Leg> rolled, LocalDate toExpiry, RollMode mode) {
        Instrument instrument = leg.instrument();
        if (instrument instanceof VixFuture future) {
            return Leg.linear(future.withExpiry(toExpiry), leg.quantity(), 0);
        }
        double strike = switch (mode) {
            case SAME_STRIKES -> instrument.optionStrike().getAsDouble();
            case SAME_DELTAS -> sameDelta(leg, toExpiry);
            case SAME_WIDTH -> leg.quantity() < 0 ? sameDelta(leg, toExpiry) : sameWidth(leg, rolled, toExpiry);
        };
        Instrument moved = moved(instrument, strike, toExpiry);
        return new Leg(moved, leg.quantity(), 0, OptionalDouble.of(storedVol(moved, vol(leg, moved))),
                java.util.Optional.empty());
    }

    private static Instrument moved(Instrument instrument, double strike, LocalDate expiry) {
        if (instrument instanceof OptionInstrument option) {
            return option.withStrike(strike).withExpiry(expiry);
        }
        throw new ValidationException("instrument", instrument.label() + " has no strike");
    }

    /** The strike whose delta at the new expiry equals the leg's delta now, on the grid. */
    private double sameDelta(Leg leg, LocalDate toExpiry) {
        Instrument instrument = leg.instrument();
        OptionRight right = instrument.optionRight().orElseThrow();
        double target = delta(instrument, instrument.optionStrike().getAsDouble(), volAtRoll(leg), leg);
        double underlying = underlying(moved(instrument, 1, toExpiry));
        DoubleUnaryOperator gap = k -> {
            Instrument candidate = moved(instrument, k, toExpiry);
            return delta(candidate, k, vol(leg, candidate), leg) - target;
        };
        double low = underlying * 0.2;
        double high = underlying * 5;
        if (Math.signum(gap.applyAsDouble(low)) == Math.signum(gap.applyAsDouble(high))) {
            throw new ValidationException("strike", "no " + right.name().toLowerCase() + " strike at " + toExpiry
                    + " has the delta " + String.format("%.3f", target) + " of " + instrument.label());
        }
        double strike = new BrentSolver(DELTA_ACCURACY, 1e-9).solve(500, gap::applyAsDouble, low, high);
        return round(strike, ((OptionInstrument) instrument).strikeStep());
    }

    /** A long leg: its old distance from the short leg of the same right nearest to it, from that short's new strike. */
    private double sameWidth(Leg leg, List<Leg> rolled, LocalDate toExpiry) {
        double strike = leg.instrument().optionStrike().getAsDouble();
        OptionRight right = leg.instrument().optionRight().orElseThrow();
        Leg nearest = null;
        for (Leg other : rolled) {
            if (other.quantity() < 0 && other.instrument().optionRight().orElse(null) == right
                    && (nearest == null || Math.abs(other.instrument().optionStrike().getAsDouble() - strike)
                    < Math.abs(nearest.instrument().optionStrike().getAsDouble() - strike))) {
                nearest = other;
            }
        }
        if (nearest == null) {
            return sameDelta(leg, toExpiry);
        }
        double width = strike - nearest.instrument().optionStrike().getAsDouble();
        return sameDelta(nearest, toExpiry) + width;
    }

    /** BSM (SPX, ETF) or Black-76 (VIX) delta per unit, calendar time, at the market's levels. */
    private double delta(Instrument instrument, double strike, double vol, Leg leg) {
        double years = years(instrument);
        OptionRight right = instrument.optionRight().orElseThrow();
        return switch (instrument.kind()) {
            case SPX_OPTION -> Bsm.greeks(right, market.spxSpot(), strike, years, market.rate(),
                    market.dividendYield(), vol).delta();
            case VIX_OPTION -> Black76.greeks(right, underlying(instrument), strike, years, market.rate(), vol).delta();
            case VIX_ETF_OPTION -> Bsm.greeks(right, underlying(instrument), strike, years, market.rate(), 0, vol).delta();
            case VIX_FUTURE, VIX_ETF -> throw new ValidationException("instrument", leg.instrument().label() + " has no delta");
        };
    }

    /** SPX spot, the VIX future of the option's expiry on the curve, or the ETF's price. */
    private double underlying(Instrument instrument) {
        return switch (instrument.kind()) {
            case SPX_OPTION -> market.spxSpot();
            case VIX_OPTION -> market.futures().priceAt(days(instrument));
            case VIX_ETF_OPTION -> market.etfPrice(((VixEtfOption) instrument).underlying().symbol());
            case VIX_FUTURE, VIX_ETF -> throw new ValidationException("instrument", instrument.label() + " is no option");
        };
    }

    /**
     * The new leg's vol at the roll's instant. SPX: the old leg's vol there less the default smile at its strike and
     * remaining tenor, plus the smile at the new ones.
     */
    double vol(Leg old, Instrument moved) {
        if (!(moved instanceof SpxOption)) {
            return old.vol();
        }
        double oldDays = days(old.instrument());
        double newDays = days(moved);
        double oldStrike = old.instrument().optionStrike().getAsDouble();
        double newStrike = moved.optionStrike().getAsDouble();
        double offset = volAtRoll(old) - market.smile().vol(oldStrike, forward(oldDays), oldDays);
        return Math.min(Math.max(market.smile().vol(newStrike, forward(newDays), newDays) + offset, 0.01), Leg.MAX_IMPLIED_VOL);
    }

    /** The vol a new leg {@code moved} from {@code old} is written with (see {@link #vol}). */
    double newLegVol(Leg old, Instrument moved) {
        return storedVol(moved, vol(old, moved));
    }

    /** An SPX leg's vol at the roll's instant: rolled along the ATM term structure as the engine's Slice does. */
    private double volAtRoll(Leg leg) {
        if (!(leg.instrument() instanceof SpxOption) || rollDays == 0) {
            return leg.vol();
        }
        double fromValuation = market.daysTo(leg.instrument().expiryTime().orElseThrow());
        return leg.vol() + market.smile().atmVol(fromValuation - rollDays) - market.smile().atmVol(fromValuation);
    }

    /** The vol a new SPX leg is written with, so that the engine rolled to the roll's instant reads {@code atRoll}. */
    private double storedVol(Instrument moved, double atRoll) {
        if (!(moved instanceof SpxOption) || rollDays == 0) {
            return atRoll;
        }
        double fromValuation = market.daysTo(moved.expiryTime().orElseThrow());
        double stored = atRoll - (market.smile().atmVol(fromValuation - rollDays) - market.smile().atmVol(fromValuation));
        return Math.min(Math.max(stored, 0.01), Leg.MAX_IMPLIED_VOL);
    }

    private double forward(double days) {
        return market.spxForward(days / Tenor.DAYS_PER_YEAR);
    }

    private double days(Instrument instrument) {
        double days = market.daysTo(instrument.expiryTime().orElseThrow()) - rollDays;
        if (days <= 0) {
            throw new ValidationException("toExpiry", instrument.expiryDate().orElseThrow() + " is not after the "
                    + (rollDays > 0 ? "roll's time" : "valuation time " + market.valuationTime().toLocalDateTime()));
        }
        return days;
    }

    private double years(Instrument instrument) {
        return days(instrument) / Tenor.DAYS_PER_YEAR;
    }

    private static double round(double strike, double step) {
        return Math.max(step, Math.round(strike / step) * step);
    }
}
