package org.condordesk.backtest;

import org.condordesk.model.Instrument;
import org.condordesk.model.VixFuture;

/**
 * Half-spreads and commissions of one day's fills (docs/backtest.md §costs): SPX options theirs by vega and VIX, VIX
 * products theirs widened with tenor beyond 30 days; a leg of a multi-leg hedge (spread, diagonal) that fills as one
 * combo pays {@code comboFillFraction} of its half-spread, so the combo pays that fraction of the summed half-spreads.
 */
record FillCosts(BacktestConfig.Costs config, BacktestMarket market, int day) {

    double halfSpread(BookLeg leg, boolean comboLeg) {
        if (leg.isSpx()) {
            // A real quote (issue 29) fills at its bid or ask: the mid ± half the quoted spread.
            java.util.Optional<RealMarketData.Quote> quote = market.realSpxQuote(day,
                    leg.instrument().optionRight().orElseThrow(), leg.instrument().optionStrike().orElseThrow(),
                    leg.expirySeconds());
            if (quote.isPresent()) {
                return (quote.get().ask() - quote.get().bid()) / 2;
            }
        }
        double plain = switch (leg.instrument().kind()) {
            case SPX_OPTION -> config.spxHalfSpread(market.spxVegaPerVolPoint(day, leg.right(), leg.strike(),
                    leg.expirySeconds()), market.vix(day));
            case VIX_ETF -> config.etfShareHalfSpread();
            case VIX_ETF_OPTION -> config.etfOptionHalfSpread();
            case VIX_OPTION -> widened(config.vixOptionHalfSpread(), leg);
            default -> widened(config.vixFutureHalfSpread(), leg);
        };
        return comboLeg ? plain * config.comboFillFraction() : plain;
    }

    private double widened(double base, BookLeg leg) {
        double tenor = market.daysFromClose(day, leg.expirySeconds());
        return base * (1 + config.vixWideningPer30Days() * Math.max(0, tenor - 30) / 30);
    }

    double commission(Instrument instrument) {
        return switch (instrument.kind()) {
            case SPX_OPTION -> config.spxOptionCommission();
            case VIX_OPTION, VIX_ETF_OPTION -> config.vixOptionCommission();
            case VIX_ETF -> config.etfShareCommission();
            default -> instrument.multiplier() == VixFuture.MULTIPLIER ? config.vxCommission() : config.vxmCommission();
        };
    }
}
