package org.condordesk.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The market a scenario is valued in: SPX spot, continuous risk-free rate and dividend yield (decimals),
 * spot VIX and VIX3M (index points), the VIX futures curve, VIX-ETF prices and the default SPX smile.
 */
public record MarketSnapshot(double spxSpot, double riskFreeRate, double dividendYield, double vixSpot,
                             double vix3m, List<FuturesQuote> vixFutures, List<EtfQuote> etfQuotes,
                             SmileParameters smile) {

    public static final int MAX_CURVE_POINTS = 40;
    /** Spot VIX is the 30-calendar-day point of SPX implied variance (Cboe VIX white paper). */
    public static final double VIX_TENOR_DAYS = 30;
    /** VIX3M is the 93-calendar-day point of SPX implied variance (Cboe VIX3M methodology). */
    public static final double VIX3M_TENOR_DAYS = 93;
    /** The lowest spot VIX a scenario may hold, and the lowest a VIX shift may take it to (points). */
    public static final double MIN_VIX_SPOT = 1;
    /** The highest spot VIX a scenario may hold (points). */
    public static final double MAX_VIX_SPOT = 300;

    public MarketSnapshot {
        Check.between("spxSpot", spxSpot, 1, 1_000_000);
        Check.between("riskFreeRate", riskFreeRate, -0.1, 0.5);
        Check.between("dividendYield", dividendYield, -0.1, 0.5);
        Check.between("vixSpot", vixSpot, MIN_VIX_SPOT, MAX_VIX_SPOT);
        Check.between("vix3m", vix3m, 1, 300);
        vixFutures = Check.list("vixFutures", vixFutures, MAX_CURVE_POINTS);
        for (int i = 1; i < vixFutures.size(); i++) {
            if (!vixFutures.get(i).expiry().isAfter(vixFutures.get(i - 1).expiry())) {
                throw new ValidationException("vixFutures[" + i + "].expiry",
                        "must be after the previous expiry " + vixFutures.get(i - 1).expiry());
            }
        }
        etfQuotes = Check.list("etfQuotes", etfQuotes, MAX_CURVE_POINTS);
        Set<String> symbols = new HashSet<>();
        for (int i = 0; i < etfQuotes.size(); i++) {
            if (!symbols.add(etfQuotes.get(i).symbol())) {
                throw new ValidationException("etfQuotes[" + i + "].symbol", "duplicate symbol " + etfQuotes.get(i).symbol());
            }
        }
        Check.present("smile", smile);
    }

    public Optional<EtfQuote> etfQuote(String symbol) {
        return etfQuotes.stream().filter(q -> q.symbol().equals(symbol)).findFirst();
    }

    public MarketSnapshot withSpxSpot(double value) {
        return new MarketSnapshot(value, riskFreeRate, dividendYield, vixSpot, vix3m, vixFutures, etfQuotes, smile);
    }

    public MarketSnapshot withRiskFreeRate(double value) {
        return new MarketSnapshot(spxSpot, value, dividendYield, vixSpot, vix3m, vixFutures, etfQuotes, smile);
    }

    public MarketSnapshot withDividendYield(double value) {
        return new MarketSnapshot(spxSpot, riskFreeRate, value, vixSpot, vix3m, vixFutures, etfQuotes, smile);
    }

    public MarketSnapshot withVixSpot(double value) {
        return new MarketSnapshot(spxSpot, riskFreeRate, dividendYield, value, vix3m, vixFutures, etfQuotes, smile);
    }

    public MarketSnapshot withVix3m(double value) {
        return new MarketSnapshot(spxSpot, riskFreeRate, dividendYield, vixSpot, value, vixFutures, etfQuotes, smile);
    }

    public MarketSnapshot withVixFutures(List<FuturesQuote> value) {
        return new MarketSnapshot(spxSpot, riskFreeRate, dividendYield, vixSpot, vix3m, value, etfQuotes, smile);
    }

    public MarketSnapshot withEtfQuotes(List<EtfQuote> value) {
        return new MarketSnapshot(spxSpot, riskFreeRate, dividendYield, vixSpot, vix3m, vixFutures, value, smile);
    }

    public MarketSnapshot withSmile(SmileParameters value) {
        return new MarketSnapshot(spxSpot, riskFreeRate, dividendYield, vixSpot, vix3m, vixFutures, etfQuotes, value);
    }
}
