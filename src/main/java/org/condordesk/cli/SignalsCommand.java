package org.condordesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.condordesk.model.AlvhSignal;
import org.condordesk.signals.MarketHistory;
import org.condordesk.signals.SignalSeries;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signals --history SPX.csv}: the last bar's MACD, RSI, divergences and (with VIX/VIX3M) the term ratio. */
@Command(name = "signals",
        description = "Technical signals on the last bar of a daily SPX history: MACD(12,26,9), RSI(14), SMA200, EMA20, "
                + "20-day realised vol, divergences (docs/signals.md); VIX/VIX3M term ratio when both are given.")
final class SignalsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--history", required = true, paramLabel = "FILE.csv",
            description = "SPX daily history (Cboe, Yahoo or Stooq layout, docs/formats.md).")
    Path history;

    @Option(names = "--ad", paramLabel = "FILE.csv", description = "Advance–Decline CSV (date,advancers,decliners or date,ad_line).")
    Path ad;

    @Option(names = "--vix", paramLabel = "FILE.csv", description = "VIX daily history.")
    Path vix;

    @Option(names = "--vix3m", paramLabel = "FILE.csv", description = "VIX3M daily history.")
    Path vix3m;

    @Option(names = "--json", description = "Print JSON (keys in docs/cli.md).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        MarketHistory market = HistoryInputs.read(history, vix, vix3m, ad);
        SignalSeries series = SignalSeries.compute(market);
        int last = series.size() - 1;
        Map<String, Object> out = CliJson.object();
        out.put("date", series.date(last).toString());
        out.put("close", series.value(AlvhSignal.SPX, last));
        out.put("macd", series.value(AlvhSignal.MACD, last));
        out.put("macdSignal", series.value(AlvhSignal.MACD_SIGNAL, last));
        out.put("macdHistogram", series.value(AlvhSignal.MACD_HISTOGRAM, last));
        out.put("rsi", series.value(AlvhSignal.RSI, last));
        out.put("sma200", series.value(AlvhSignal.SPX, last) / series.value(AlvhSignal.SPX_OVER_SMA200, last));
        out.put("ema20", series.value(AlvhSignal.SPX, last) / series.value(AlvhSignal.SPX_OVER_EMA20, last));
        out.put("realisedVol20", series.value(AlvhSignal.REALISED_VOL_20, last));
        out.put("divergences", divergences(series, last, market.hasAdvanceDecline()));
        if (vix != null) {
            out.put("vix", series.value(AlvhSignal.VIX, last));
            out.put("vixMinusRealisedVol", series.value(AlvhSignal.VIX_MINUS_REALISED_VOL, last));
        }
        if (vix != null && vix3m != null) {
            out.put("vix3m", series.value(AlvhSignal.VIX3M, last));
            out.put("vixTermRatio", series.value(AlvhSignal.VIX_TERM_RATIO, last));
        }
        if (ad != null) {
            out.put("adLine", series.value(AlvhSignal.AD_LINE, last));
        }
        CliJson.printJsonOrText(spec, json, () -> out, () -> lines(out));
        return 0;
    }

    static Map<String, Object> divergences(SignalSeries series, int day, boolean withAd) {
        Map<String, Object> out = CliJson.object();
        out.put("bearishMacd", flag(series.value(AlvhSignal.BEARISH_MACD_DIVERGENCE, day)));
        out.put("bearishRsi", flag(series.value(AlvhSignal.BEARISH_RSI_DIVERGENCE, day)));
        out.put("bullishMacd", flag(series.value(AlvhSignal.BULLISH_MACD_DIVERGENCE, day)));
        out.put("bullishRsi", flag(series.value(AlvhSignal.BULLISH_RSI_DIVERGENCE, day)));
        if (withAd) {
            out.put("bearishAd", flag(series.value(AlvhSignal.BEARISH_AD_DIVERGENCE, day)));
            out.put("bullishAd", flag(series.value(AlvhSignal.BULLISH_AD_DIVERGENCE, day)));
        }
        return out;
    }

    /** true/false, or null when the indicator has no value that day. */
    private static Boolean flag(double value) {
        return Double.isNaN(value) ? null : value == 1;
    }

    private static String lines(Map<String, Object> values) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            out.append(String.format(Locale.ROOT, "%-20s %s%n", entry.getKey(), text(entry.getValue())));
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static String text(Object value) {
        if (value instanceof Double number) {
            return Double.isNaN(number) ? "n/a" : String.format(Locale.ROOT, "%.4f", number);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder();
            ((Map<String, Object>) map).forEach((k, v) -> text.append(k).append('=').append(v == null ? "n/a" : v).append(' '));
            return text.toString().trim();
        }
        return String.valueOf(value);
    }
}
