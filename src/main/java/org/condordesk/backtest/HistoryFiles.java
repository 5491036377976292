package org.condordesk.backtest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.condordesk.market.DailySeries;
import org.condordesk.model.Check;
import org.condordesk.signals.MarketHistory;
import org.condordesk.store.HistoryImport;

/**
 * The daily history files a backtest reads (docs/formats.md, the history importer's layouts): SPX and VIX required,
 * VIX3M optional (without it only the unhedged variant can run). A bad row stops the run with its file and line.
 */
public record HistoryFiles(Path spx, Path vix, Optional<Path> vix3m) {

    public HistoryFiles {
        Check.present("spx", spx);
        Check.present("vix", vix);
        Check.present("vix3m", vix3m);
    }

    /** The history bundled in {@code samples/history} under {@code folder}. */
    public static HistoryFiles bundled(Path folder) {
        return new HistoryFiles(folder.resolve("SPX_History.csv"), folder.resolve("VIX_History.csv"),
                Optional.of(folder.resolve("VIX3M_History.csv")));
    }

    /** Reads the files and precomputes the market of every day for {@code model}. */
    public BacktestMarket load(BacktestConfig.Model model) throws IOException {
        DailySeries spxBars = prices(spx, "SPX");
        DailySeries vixBars = prices(vix, "VIX");
        Optional<DailySeries> vix3mBars = vix3m.isPresent() ? Optional.of(prices(vix3m.get(), "VIX3M")) : Optional.empty();
        MarketHistory history = MarketHistory.of(spxBars, Optional.of(vixBars), vix3mBars, Optional.empty());
        return BacktestMarket.of(history, Optional.of(vixBars), model);
    }

    /** The SPX open of every day of {@code market} (NaN where the file has none): the AM settlement's proxy. */
    public double[] spxOpens(BacktestMarket market) throws IOException {
        return opens(prices(spx, "SPX"), market);
    }

    /** {@code bars}' opens on {@code market}'s days, NaN where a day has no bar. */
    public static double[] opens(DailySeries bars, BacktestMarket market) {
        java.util.Map<java.time.LocalDate, Double> byDate = new java.util.HashMap<>();
        bars.bars().forEach(bar -> byDate.put(bar.date(), bar.open()));
        double[] out = new double[market.size()];
        for (int d = 0; d < out.length; d++) {
            out[d] = byDate.getOrDefault(market.date(d), Double.NaN);
        }
        return out;
    }

    private static DailySeries prices(Path file, String symbol) throws IOException {
        return HistoryImport.prices(file, symbol, HistoryImport.OnBadRow.REFUSE, HistoryImport.Progress.NONE).data();
    }
}
