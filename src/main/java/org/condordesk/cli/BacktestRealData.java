package org.condordesk.cli;

import java.nio.file.Path;

import org.condordesk.backtest.RealMarketData;
import org.condordesk.backtest.StoredMarketData;

/** The real market data a {@code backtest} run trades against: the library's VX settlements and vol indices. */
final class BacktestRealData {

    private BacktestRealData() {
    }

    static RealMarketData load(Path db) {
        return StoredMarketData.load(db, StoredMarketData.Chains.NONE);
    }
}
