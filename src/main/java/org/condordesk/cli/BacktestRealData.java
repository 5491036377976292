package org.condordesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.condordesk.backtest.RealMarketData;
import org.condordesk.backtest.StoredChains;
import org.condordesk.backtest.StoredMarketData;
import org.condordesk.store.chains.ChainStore;

/**
 * The real market data a {@code backtest} run trades against: the library's VX settlements and vol indices, and the
 * chain store beside it when it exists (DuckDB starts only then).
 */
final class BacktestRealData {

    private BacktestRealData() {
    }

    static RealMarketData load(Path db) {
        Path folder = ChainStore.folderFor(db);
        StoredMarketData.Chains chains = Files.isDirectory(folder) ? new StoredChains(ChainStore.open(folder))
                : StoredMarketData.Chains.NONE;
        return StoredMarketData.load(db, chains);
    }
}
