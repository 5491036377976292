package org.condordesk.backtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.condordesk.store.csv.CsvCells;
import org.condordesk.store.json.SaveTargets;

/**
 * The backtest's CSV exports (docs/formats.md §backtest): the per-trade table of every variant, the daily equity
 * curves side by side, and a sweep's cells. Plain numbers (no grouping), ISO dates, text cells
 * neutralised against formula injection ({@link CsvCells}), written through the guarded atomic path.
 */
public final class BacktestCsv {

    private BacktestCsv() {
    }

    /** One row per trade per variant. */
    public static String trades(BacktestResult result) {
        StringBuilder out = new StringBuilder("variant,trade,entry,exit,exit_reason,expiry,short_put,short_call,"
                + "contracts,hedge1_contracts,hedge2_contracts_at_entry,hedge2_contracts_max,credit,hedge_cost,"
                + "core_pnl,hedge1_pnl,hedge2_pnl,costs,pnl,capital\n");
        for (VariantResult variant : result.variants()) {
            for (TradeRecord t : variant.trades()) {
                out.append(quoted(variant.name())).append(',').append(t.id()).append(',').append(t.entryDate())
                        .append(',').append(t.exitDate().map(LocalDate::toString).orElse("")).append(',')
                        .append(t.exitReason()).append(',').append(t.expiry()).append(',')
                        .append(number(t.shortPut())).append(',').append(number(t.shortCall())).append(',')
                        .append(t.contracts()).append(',').append(t.hedge1Contracts()).append(',')
                        .append(t.hedge2ContractsAtEntry()).append(',').append(t.hedge2ContractsMax()).append(',')
                        .append(number(t.credit())).append(',').append(number(t.hedgeCost())).append(',')
                        .append(number(t.corePnl())).append(',').append(number(t.hedge1Pnl())).append(',')
                        .append(number(t.hedge2Pnl())).append(',').append(number(t.costs())).append(',')
                        .append(number(t.pnl())).append(',').append(number(t.capital())).append('\n');
            }
        }
        return out.toString();
    }

    /** One row per day: each variant's cumulative P&L, equity and drawdown. */
    public static String equity(BacktestResult result) {
        List<VariantResult> variants = result.variants();
        StringBuilder out = new StringBuilder("date");
        for (VariantResult variant : variants) {
            String name = variant.name();
            out.append(',').append(quoted(name + " cumulative_pnl")).append(',').append(quoted(name + " equity"))
                    .append(',').append(quoted(name + " drawdown"));
        }
        out.append('\n');
        LocalDate[] dates = variants.get(0).dates();
        double[][] cumulative = variants.stream().map(VariantResult::cumulativePnl).toArray(double[][]::new);
        double[][] equity = variants.stream().map(VariantResult::equity).toArray(double[][]::new);
        double[][] drawdown = variants.stream().map(VariantResult::drawdown).toArray(double[][]::new);
        for (int d = 0; d < dates.length; d++) {
            out.append(dates[d]);
            for (int v = 0; v < variants.size(); v++) {
                out.append(',').append(number(cumulative[v][d])).append(',').append(number(equity[v][d])).append(',')
                        .append(number(drawdown[v][d]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** One row per sweep cell with the figures a heatmap can show. */
    public static String sweep(List<Sweep.Cell> cells) {
        StringBuilder out = new StringBuilder("short_delta,days_to_expiry,hedge_ratio");
        for (Sweep.Metric metric : Sweep.Metric.values()) {
            out.append(',').append(metric.name().toLowerCase(Locale.ROOT));
        }
        out.append('\n');
        for (Sweep.Cell cell : cells) {
            out.append(number(cell.shortDelta())).append(',').append(cell.daysToExpiry()).append(',')
                    .append(number(cell.hedgeRatio()));
            for (Sweep.Metric metric : Sweep.Metric.values()) {
                out.append(',').append(number(metric.of(cell.metrics())));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** One row per frontier point: the hedge, its cost a year and its protection. */
    public static String frontier(List<Frontier.Point> points) {
        StringBuilder out = new StringBuilder(
                "instrument,size_rule,hedge_ratio,tenor_days,cost_per_year,cvar95,max_drawdown,stress_pnl,dominated,wiped_out\n");
        for (Frontier.Point p : points) {
            out.append(p.instrument()).append(',').append(quoted(p.sizeRule())).append(',').append(number(p.hedgeRatio()))
                    .append(',').append(p.tenorDays()).append(',').append(number(p.costPerYear())).append(',')
                    .append(number(p.cvar95())).append(',').append(number(p.maxDrawdown())).append(',')
                    .append(number(p.stressPnl())).append(',').append(p.dominated()).append(',')
                    .append(p.wipedOut().map(LocalDate::toString).orElse("")).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes {@code text} to {@code file} through the one guarded path ({@link SaveTargets}): never over a library,
     * a folder, a device, one of {@code inputs}; over an existing file that is not a .csv text only with {@code force}.
     */
    public static void write(Path file, String text, boolean force, Collection<Path> inputs) throws IOException {
        SaveTargets.write(file, text.getBytes(StandardCharsets.UTF_8), SaveTargets.Kind.CSV, force, inputs);
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.6f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** A variant's name is the user's text: quoted, and neutralised when a spreadsheet would run it (OWASP). */
    private static String quoted(String text) {
        return CsvCells.text(text);
    }
}
