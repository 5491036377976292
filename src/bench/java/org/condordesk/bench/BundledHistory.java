package org.condordesk.bench;

import java.io.IOException;
import java.io.InputStream;

import org.condordesk.market.DailySeries;
import org.condordesk.store.HistoryCsv;

/** The bundled daily histories (samples/history, on the classpath) the benchmarks replay. */
final class BundledHistory {

    private BundledHistory() {
    }

    /** {@code symbol}'s series (SPX, VIX, VIX3M), read from its Cboe-layout CSV resource. */
    static DailySeries read(String symbol) throws IOException {
        String resource = "/samples/history/" + symbol + "_History.csv";
        try (InputStream in = BundledHistory.class.getResourceAsStream(resource)) {
            return HistoryCsv.read(in, resource, symbol);
        }
    }
}
