package org.condordesk.backtest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.condordesk.capital.StressHistory;
import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.market.SpxSmile;
import org.condordesk.model.AlvhSignal;
import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Settlement;
import org.condordesk.model.ValidationException;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Bsm;
import org.condordesk.signals.MarketHistory;
import org.condordesk.signals.SignalSeries;

/**
 * The market of every trading day of a history, computed once and shared by every variant and sweep cell: SPX
 * close, VIX close and open (the proxy of the special opening quotation), VIX3M, that day's default SPX smile, the
 * VIX options' vol of vol and the ALVH signals. Everything on day d uses data up to d only. Prices legs at the day's
 * close (16:00 New York): SPX options by BSM on the day's smile, VIX futures on the proxy curve
 * ({@link VixTermProxy}), VIX options by Black-76 on the proxy future at the day's vol of vol.
 */
public final class BacktestMarket {

    private final BacktestConfig.Model model;
    private final SignalSeries signals;
    private final LocalDate[] dates;
    private final long[] closeSeconds;
    private final double[] spx;
    private final double[] vix;
    private final double[] vixOpen;
    private final double[] vix3m;
    /** VIX9D and VIX6M closes, the proxy curve's extra nodes where imported (NaN elsewhere and in a model-only run). */
    private final double[] vix9d;
    private final double[] vix6m;
    private final double[] volOfVol;
    private final double[] vix3mBeta;
    private final SpxSmile[] smiles;
    private final double[] etf;
    private final RealMarketData real;

    /** The same market with {@code real} prices in front of the model (docs/backtest.md §real data). */
    private BacktestMarket(BacktestMarket model, RealMarketData real, double[] volOfVol, double[] vix9d, double[] vix6m) {
        this.model = model.model;
        this.signals = model.signals;
        this.dates = model.dates;
        this.closeSeconds = model.closeSeconds;
        this.spx = model.spx;
        this.vix = model.vix;
        this.vixOpen = model.vixOpen;
        this.vix3m = model.vix3m;
        this.vix9d = vix9d;
        this.vix6m = vix6m;
        this.volOfVol = volOfVol;
        this.smiles = model.smiles;
        this.vix3mBeta = model.vix3mBeta;
        this.etf = etfLevels(vix9d, vix, vix3m, vix6m, closeSeconds);
        this.real = real;
    }

    private BacktestMarket(BacktestConfig.Model model, SignalSeries signals, double[] vixOpen) {
        this.model = model;
        this.signals = signals;
        MarketHistory history = signals.history();
        int n = history.size();
        this.dates = new LocalDate[n];
        this.closeSeconds = new long[n];
        this.spx = new double[n];
        this.vix = new double[n];
        this.vix3m = new double[n];
        this.vix9d = new double[n];
        this.vix6m = new double[n];
        Arrays.fill(vix9d, Double.NaN);
        Arrays.fill(vix6m, Double.NaN);
        this.smiles = new SpxSmile[n];
        this.vixOpen = vixOpen;
        for (int d = 0; d < n; d++) {
            dates[d] = history.date(d);
            closeSeconds[d] = closeInstant(dates[d]).toEpochSecond();
            spx[d] = history.spxClose(d);
            vix[d] = history.vix(d);
            vix3m[d] = signals.value(AlvhSignal.VIX3M, d);
            // Before VIX3M exists the smile's 93-day point is VIX itself (a flat term structure; 30 days and less
            // read VIX only, so a condor of up to 30 days prices the same).
            double back = Double.isNaN(vix3m[d]) ? vix[d] : vix3m[d];
            smiles[d] = Double.isNaN(vix[d]) ? null : new SpxSmile(model.smile(), vix[d], back);
        }
        this.volOfVol = volOfVol(vix, vix3m, model);
        this.vix3mBeta = vix3mBeta(vix, vix3m);
        this.etf = etfLevels(vix9d, vix, vix3m, vix6m, closeSeconds);
        this.real = RealMarketData.NONE;
    }

    /** The proxy VIX-futures ETF's symbol, constant-maturity tenor (days), leverage and starting level ($). */
    public static final String ETF_SYMBOL = "VXXPROXY";
    public static final int ETF_TENOR_DAYS = 30;
    public static final double ETF_LEVERAGE = 1;
    public static final double ETF_START_LEVEL = 100;

    /**
     * The proxy ETF: an index holding the proxy curve's {@link #ETF_TENOR_DAYS}-day constant-maturity future, rebalanced
     * at each close (the S&P 500 VIX Short-Term Futures index's daily roll from the first into the second month keeps
     * its weighted maturity at one month; docs/model.md §16). From one close to the next the held future ages by the
     * calendar days Δ between them and is read on the new curve: {@code P_t = P_{t−1}·(1 + L·(F_t(c − Δ)/F_{t−1}(c) − 1))},
     * starting at {@link #ETF_START_LEVEL} on the first day with VIX3M (again after a gap). No fees, no interest on
     * the collateral. NaN without VIX3M.
     */
    private static double[] etfLevels(double[] vix9d, double[] vix, double[] vix3m, double[] vix6m, long[] closeSeconds) {
        double[] out = new double[vix.length];
        Arrays.fill(out, Double.NaN);
        for (int d = 0; d < vix.length; d++) {
            if (Double.isNaN(vix3m[d])) {
                continue;
            }
            if (d == 0 || Double.isNaN(out[d - 1])) {
                out[d] = ETF_START_LEVEL;
                continue;
            }
            double aged = ETF_TENOR_DAYS - (closeSeconds[d] - closeSeconds[d - 1]) / org.condordesk.market.Tenor.SECONDS_PER_DAY;
            double held = VixTermProxy.future(vix9d[d - 1], vix[d - 1], vix3m[d - 1], vix6m[d - 1], ETF_TENOR_DAYS);
            double now = VixTermProxy.future(vix9d[d], vix[d], vix3m[d], vix6m[d], aged);
            out[d] = Math.max(0, out[d - 1] * (1 + ETF_LEVERAGE * (now / held - 1)));
        }
        return out;
    }

    /** The proxy ETF's price per share ($) at {@code day}'s close; NaN without VIX3M. */
    public double etf(int day) {
        return etf[day];
    }

    /**
     * A call or put on the proxy ETF at {@code day}'s close: BSM on its price, no dividend, at the vol of vol times the
     * leverage (the ETF's daily moves are L times its 30-day future's; the vol of vol is that future's realised vol).
     */
    public double etfOption(int day, OptionRight right, double strike, long expirySeconds) {
        return etfOption(day, right, strike, expirySeconds, etf[day]);
    }

    private double etfOption(int day, OptionRight right, double strike, long expirySeconds, double price) {
        double days = daysFromClose(day, expirySeconds);
        if (days <= 0) {
            return Math.max(right.sign() * (price - strike), 0);
        }
        return Bsm.price(right, price, strike, days / 365, model.riskFreeRate(), 0,
                volOfVol[day] * Math.abs(ETF_LEVERAGE));
    }


    /**
     * This market with {@code data} in front of the model: VX futures marked and settled on real settlements, VIX
     * options on the real future at VVIX-implied vol of vol (VVIX/100) where VVIX covers the day, SPX options at real
     * quotes. The days a hedge can be priced stay those of the model, so the window does not move.
     */
    public BacktestMarket withRealData(RealMarketData data) {
        double[] vols = volOfVol.clone();
        double[] shortEnd = vix9d.clone();
        double[] longEnd = vix6m.clone();
        for (int d = 0; d < vols.length && !data.isEmpty(); d++) {
            java.util.OptionalDouble vvix = data.index("VVIX", dates[d]);
            if (!Double.isNaN(vols[d]) && vvix.isPresent()) {
                vols[d] = vvix.getAsDouble() / 100;
            }
            shortEnd[d] = data.index("VIX9D", dates[d]).orElse(Double.NaN);
            longEnd[d] = data.index("VIX6M", dates[d]).orElse(Double.NaN);
        }
        return new BacktestMarket(this, data, vols, shortEnd, longEnd);
    }

    /** The real data in front of the model ({@link RealMarketData#NONE} in a model-only run). */
    public RealMarketData realData() {
        return real;
    }

    /** The proxy ETF's vol ({@link #etfOption}'s): the day's vol of vol times the leverage. */
    public double etfVol(int day) {
        return volOfVol[day] * Math.abs(ETF_LEVERAGE);
    }

    /** The market of {@code history} (SPX, VIX and VIX3M closes) with VIX opens from {@code vixBars} when given. */
    public static BacktestMarket of(MarketHistory history, Optional<DailySeries> vixBars, BacktestConfig.Model model) {
        SignalSeries signals = SignalSeries.compute(history);
        double[] opens = new double[history.size()];
        Map<LocalDate, DailyBar> byDate = new java.util.HashMap<>();
        vixBars.ifPresent(series -> series.bars().forEach(bar -> byDate.put(bar.date(), bar)));
        for (int d = 0; d < opens.length; d++) {
            DailyBar bar = byDate.get(history.date(d));
            // Without that day's VIX bar the close stands in for the opening quotation.
            opens[d] = bar != null ? bar.open() : history.vix(d);
        }
        BacktestMarket market = new BacktestMarket(model, signals, opens);
        for (int d = 0; d < history.size(); d++) {
            if (Double.isNaN(market.vix[d])) {
                throw new ValidationException("history", "no VIX close on or within " + MarketHistory.MAX_CARRY_DAYS
                        + " trading days before " + history.date(d) + " (the backtest needs VIX on every SPX day)");
            }
        }
        return market;
    }

    /** The market of a stress history's SPX, VIX and VIX3M closes (VIX opens from its VIX bars). */
    public static BacktestMarket of(StressHistory history, BacktestConfig.Model model) {
        MarketHistory days = MarketHistory.of(history.spx(), Optional.of(history.vix()), history.vix3m(), Optional.empty());
        return of(days, Optional.of(history.vix()), model);
    }

    /** The close of {@code date}, 16:00 New York, when SPXW PM options settle and the day's marks are taken. */
    static ZonedDateTime closeInstant(LocalDate date) {
        return date.atTime(Settlement.PM.timeOfDay()).atZone(Instrument.NEW_YORK);
    }

    /** Realised vol (annual, √252) of the daily log changes of the 30-day proxy future, scaled and kept in bounds. */
    private static double[] volOfVol(double[] vix, double[] vix3m, BacktestConfig.Model model) {
        int n = vix.length;
        double[] logFuture = new double[n];
        for (int d = 0; d < n; d++) {
            logFuture[d] = Double.isNaN(vix3m[d]) ? Double.NaN : Math.log(VixTermProxy.future(vix[d], vix3m[d], 30));
        }
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        int lookback = model.volOfVolLookbackDays();
        for (int d = lookback; d < n; d++) {
            double sum = 0;
            double sumSquares = 0;
            boolean complete = true;
            for (int i = d - lookback + 1; i <= d && complete; i++) {
                double change = logFuture[i] - logFuture[i - 1];
                complete = !Double.isNaN(change);
                sum += change;
                sumSquares += change * change;
            }
            if (complete) {
                double mean = sum / lookback;
                double realised = Math.sqrt(Math.max(0, sumSquares / lookback - mean * mean) * 252);
                out[d] = Math.min(model.volOfVolCap(), Math.max(model.volOfVolFloor(), realised * model.volOfVolScale()));
            }
        }
        return out;
    }

    /**
     * The trailing beta of VIX3M to VIX on each day: the OLS slope of daily VIX3M changes on VIX changes over the last
     * {@link #BETA_LOOKBACK_DAYS} trading days (at least {@link #BETA_MIN_DAYS} with both), data up to that day only;
     * NaN before. A +1 VIX shock moves VIX3M by it, and so the proxy curve as it moved in this history.
     */
    private static double[] vix3mBeta(double[] vix, double[] vix3m) {
        int n = vix.length;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        for (int d = 1; d < n; d++) {
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            int count = 0;
            for (int i = Math.max(1, d - BETA_LOOKBACK_DAYS + 1); i <= d; i++) {
                double dx = vix[i] - vix[i - 1];
                double dy = vix3m[i] - vix3m[i - 1];
                if (Double.isFinite(dx) && Double.isFinite(dy)) {
                    sx += dx;
                    sy += dy;
                    sxx += dx * dx;
                    sxy += dx * dy;
                    count++;
                }
            }
            double varianceX = sxx - sx * sx / Math.max(count, 1);
            if (count >= BETA_MIN_DAYS && varianceX > 0) {
                out[d] = (sxy - sx * sy / count) / varianceX;
            }
        }
        return out;
    }

    /** Trading days of the VIX3M-on-VIX regression behind a VIX shock (one year). */
    static final int BETA_LOOKBACK_DAYS = 250;
    /** Fewest days of both series the regression needs (the vol of vol's look-back). */
    static final int BETA_MIN_DAYS = 20;

    public int size() {
        return dates.length;
    }

    /**
     * VIX3M's beta to VIX on {@code day} (see {@link #vix3mBeta}); 1 where VIX3M does not exist yet (the smile then reads
     * VIX at 93 days too, so its whole term structure moves with VIX).
     */
    public double vix3mBeta(int day) {
        return Double.isNaN(vix3m[day]) ? 1 : Double.isNaN(vix3mBeta[day]) ? 1 : vix3mBeta[day];
    }

    public LocalDate date(int day) {
        return dates[day];
    }

    public double spx(int day) {
        return spx[day];
    }

    public double vix(int day) {
        return vix[day];
    }

    /** The proxy of the VIX special opening quotation on {@code day}: that day's VIX open. */
    public double vixOpen(int day) {
        return vixOpen[day];
    }

    /** VIX3M on {@code day}; NaN before it exists. */
    public double vix3m(int day) {
        return vix3m[day];
    }

    /** The VIX options' vol of vol on {@code day} (decimal); NaN without VIX3M and a full look-back. */
    public double volOfVol(int day) {
        return volOfVol[day];
    }

    /** True when VIX hedges can be priced on {@code day}: VIX3M and the vol of vol exist. */
    public boolean hedgeable(int day) {
        return !Double.isNaN(volOfVol[day]);
    }

    /** The day's default smile (null on a day without VIX). */
    public SpxSmile smile(int day) {
        return smiles[day];
    }

    public SignalSeries signals() {
        return signals;
    }

    public BacktestConfig.Model model() {
        return model;
    }

    /** The index of the last trading day on or before {@code date}, or -1. */
    public int indexOnOrBefore(LocalDate date) {
        int found = Arrays.binarySearch(dates, date);
        return found >= 0 ? found : -found - 2;
    }

    /** Calendar days from {@code day}'s close to the instant {@code epochSeconds}. */
    public double daysFromClose(int day, long epochSeconds) {
        return (epochSeconds - closeSeconds[day]) / org.condordesk.market.Tenor.SECONDS_PER_DAY;
    }

    /** SPX option price per unit (points) at {@code day}'s close: the real mid where quoted, else the model; its payoff once settled. */
    public double spxOption(int day, OptionRight right, double strike, long expirySeconds) {
        return spxOption(day, right, strike, expirySeconds, smiles[day]);
    }

    private double spxOption(int day, OptionRight right, double strike, long expirySeconds, SpxSmile smile) {
        if (daysFromClose(day, expirySeconds) > 0) {
            Optional<RealMarketData.Quote> quote = realSpxQuote(day, right, strike, expirySeconds);
            if (quote.isPresent()) {
                return quote.get().mid();
            }
        }
        return spxModel(day, right, strike, expirySeconds, smile);
    }

    /** The model's SPX option price (BSM on {@code smile}); its payoff once settled. */
    private double spxModel(int day, OptionRight right, double strike, long expirySeconds, SpxSmile smile) {
        double days = daysFromClose(day, expirySeconds);
        double spot = spx[day];
        if (days <= 0) {
            return Math.max(right.sign() * (spot - strike), 0);
        }
        double years = days / 365;
        double forward = spot * Math.exp((model.riskFreeRate() - model.dividendYield()) * years);
        double vol = smile.vol(strike, forward, days);
        return Bsm.price(right, spot, strike, years, model.riskFreeRate(), model.dividendYield(), vol);
    }

    /** An SPX option's vega in points per vol point (BSM on the day's smile) at {@code day}'s close; 0 once expired. */
    public double spxVegaPerVolPoint(int day, OptionRight right, double strike, long expirySeconds) {
        double days = daysFromClose(day, expirySeconds);
        if (days <= 0) {
            return 0;
        }
        double years = days / 365;
        double spot = spx[day];
        double forward = spot * Math.exp((model.riskFreeRate() - model.dividendYield()) * years);
        double vol = smiles[day].vol(strike, forward, days);
        return Bsm.greeks(right, spot, strike, years, model.riskFreeRate(), model.dividendYield(), vol).vega() / 100;
    }

    /** The VIX future settling at {@code expirySeconds} at {@code day}'s close: its real settlement where imported, else the proxy. */
    public double vixFuture(int day, long expirySeconds) {
        OptionalDouble settle = realVxSettle(day, expirySeconds);
        return settle.isPresent() ? settle.getAsDouble() : proxyFuture(day, daysFromClose(day, expirySeconds));
    }

    /** The proxy curve's future {@code days} out at {@code day}'s close: VIX and VIX3M, with VIX9D and VIX6M where imported. */
    public double proxyFuture(int day, double days) {
        return proxyFuture(day, vix[day], vix3m[day], days);
    }

    /** The proxy under a VIX shock: VIX9D moves with spot VIX, VIX6M with VIX3M (by the same points). */
    private double proxyFuture(int day, double spotVix, double backVix, double days) {
        if (Double.isNaN(vix3m[day])) {
            return VixTermProxy.future(spotVix, backVix, days);
        }
        return VixTermProxy.future(vix9d[day] + spotVix - vix[day], spotVix, backVix, vix6m[day] + backVix - vix3m[day], days);
    }

    /**
     * What a VIX future or option settling on {@code day} settles on: the real final settlement value where the VX
     * history has the expiry day's row, else the proxy of the special opening quotation (the day's VIX open).
     */
    public double vixSettlementValue(int day, long expirySeconds) {
        OptionalDouble settle = realVxSettle(day, expirySeconds);
        return settle.isPresent() ? settle.getAsDouble() : vixOpen[day];
    }

    /** The real VX settlement of the contract settling at {@code expirySeconds} on {@code day}, if imported. */
    OptionalDouble realVxSettle(int day, long expirySeconds) {
        return real.isEmpty() ? OptionalDouble.empty() : real.vxSettle(dates[day], newYorkDate(expirySeconds));
    }

    /** The real end-of-day quote of an SPX option, if the store has it (PM when its expiry instant is after noon). */
    Optional<RealMarketData.Quote> realSpxQuote(int day, OptionRight right, double strike, long expirySeconds) {
        if (real.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime expiry = java.time.Instant.ofEpochSecond(expirySeconds).atZone(Instrument.NEW_YORK);
        return real.spxOption(dates[day], right, strike, expiry.toLocalDate(), expiry.getHour() >= 12);
    }

    private static LocalDate newYorkDate(long epochSeconds) {
        return java.time.Instant.ofEpochSecond(epochSeconds).atZone(Instrument.NEW_YORK).toLocalDate();
    }

    /** A VIX option at {@code day}'s close: Black-76 on the real future where imported (else the proxy) at the day's vol of vol. */
    public double vixOption(int day, OptionRight right, double strike, long expirySeconds) {
        return vixOption(day, right, strike, expirySeconds, vix[day], vix3m[day]);
    }

    private double vixOption(int day, OptionRight right, double strike, long expirySeconds, double spotVix,
                             double vix3mLevel) {
        double days = daysFromClose(day, expirySeconds);
        // The real future where imported, unless the mark is under a VIX shock (then the shocked proxy curve).
        OptionalDouble real = spotVix == vix[day] ? realVxSettle(day, expirySeconds) : OptionalDouble.empty();
        double future = real.isPresent() ? real.getAsDouble() : proxyFuture(day, spotVix, vix3mLevel, days);
        if (days <= 0) {
            return Math.max(right.sign() * (future - strike), 0);
        }
        return Black76.price(right, future, strike, days / 365, model.riskFreeRate(), volOfVol[day]);
    }

    /**
     * The mark per unit (points) of {@code instrument} at {@code day}'s close had spot VIX been {@code vixShift} points
     * higher and VIX3M {@link #vix3mBeta} times that: SPX options on the day's smile rebuilt at the shocked VIX and
     * VIX3M, VIX futures and options on the shocked proxy curve (the vol of vol held). This is the backtest's own
     * market under a VIX shock, which the hedge is sized in (docs/backtest.md §1).
     */
    double shockedMark(int day, Instrument instrument, double vixShift) {
        double shockedVix = vix[day] + vixShift;
        double back = Double.isNaN(vix3m[day]) ? vix[day] : vix3m[day];
        double shockedBack = back + vix3mBeta(day) * vixShift;
        OptionRight right = instrument.optionRight().orElse(null);
        double strike = instrument.optionStrike().orElse(Double.NaN);
        long expiry = instrument.expiryTime().map(ZonedDateTime::toEpochSecond).orElse(Long.MAX_VALUE);
        // The ETF moves with its constant-maturity future under the shock: P·(1 + L·(F_c' / F_c − 1)).
        double etfShocked = etf[day] * (1 + ETF_LEVERAGE * (proxyFuture(day, shockedVix, shockedBack, ETF_TENOR_DAYS)
                / proxyFuture(day, vix[day], back, ETF_TENOR_DAYS) - 1));
        return switch (instrument.kind()) {
            // The model's price both shocked and not: a real quote is of the one market that happened, and would
            // make the shocked and unshocked marks equal (no VIX vega, no hedge) wherever the store has the leg.
            case SPX_OPTION -> spxModel(day, right, strike, expiry, new SpxSmile(model.smile(), shockedVix, shockedBack));
            case VIX_OPTION -> vixOption(day, right, strike, expiry, shockedVix, shockedBack);
            case VIX_FUTURE -> proxyFuture(day, shockedVix, shockedBack, daysFromClose(day, expiry));
            case VIX_ETF -> etfShocked;
            case VIX_ETF_OPTION -> etfOption(day, right, strike, expiry, etfShocked);
            default -> throw new IllegalStateException("the backtest holds no " + instrument.label());
        };
    }
}
