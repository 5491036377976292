package org.condordesk.ui.export;

import org.condordesk.capital.StressReport;
import org.condordesk.capital.StressResult;

/**
 * The Stress tab's table as CSV (RFC 4180, plain numbers, units in the headers): one row per stress with its group,
 * SPX move, spot VIX after it, the core, hedge and total P&L change from today's mark and each layer's.
 */
public final class StressCsv {

    private StressCsv() {
    }

    public static String of(StressReport report) {
        StringBuilder csv = new StringBuilder("group,stress,spx_move_pct,vix_after,core_pnl_usd,hedge_pnl_usd,total_pnl_usd");
        for (String layer : report.layerNames()) {
            csv.append(',').append(CsvExport.quote(layer + " pnl_usd"));
        }
        csv.append("\r\n");
        for (StressResult result : report.results()) {
            csv.append(CsvExport.quote(result.group().label())).append(',').append(CsvExport.quote(result.name()))
                    .append(',').append(CsvExport.number(result.spxMovePct())).append(',')
                    .append(CsvExport.number(result.vixAfter())).append(',').append(CsvExport.number(result.core()))
                    .append(',').append(CsvExport.number(result.hedge())).append(',')
                    .append(CsvExport.number(result.total()));
            for (double pnl : result.layerPnl()) {
                csv.append(',').append(CsvExport.number(pnl));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }
}
