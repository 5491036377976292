package org.condordesk.backtest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.signals.MarketHistory;
import org.condordesk.store.HistoryImport;

/** The bundled SPX, VIX and VIX3M daily history (samples/history) for backtest tests, whole or cut after a day. */
record BundledHistory(DailySeries spx, DailySeries vix, DailySeries vix3m) {

    private static final Path FOLDER = Path.of("samples/history");

    static BundledHistory load() throws IOException {
        return new BundledHistory(prices("SPX_History.csv", "SPX"), prices("VIX_History.csv", "VIX"),
                prices("VIX3M_History.csv", "VIX3M"));
    }

    private static DailySeries prices(String file, String symbol) throws IOException {
        return HistoryImport.prices(FOLDER.resolve(file), symbol, HistoryImport.OnBadRow.REFUSE,
                HistoryImport.Progress.NONE).data();
    }

    /** The market of the whole history with the default model. */
    BacktestMarket market() {
        return marketUpTo(LocalDate.MAX);
    }

    /** The market of the history cut after {@code last}: the days after it never existed. */
    BacktestMarket marketUpTo(LocalDate last) {
        return market(cut(spx, last), cut(vix, last), cut(vix3m, last));
    }

    /** The market of these SPX bars with the given VIX and VIX3M series (e.g. one day shocked). */
    static BacktestMarket market(DailySeries spxBars, DailySeries vixBars, DailySeries vix3mBars) {
        MarketHistory history = MarketHistory.of(spxBars, Optional.of(vixBars), Optional.of(vix3mBars), Optional.empty());
        return BacktestMarket.of(history, Optional.of(vixBars), BacktestConfig.Model.defaults());
    }

    static DailySeries cut(DailySeries series, LocalDate last) {
        List<DailyBar> bars = series.bars().stream().filter(bar -> !bar.date().isAfter(last)).toList();
        return new DailySeries(series.symbol(), bars);
    }
}
