package org.condordesk.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.DecayCurves;
import org.condordesk.risk.ExpiryBucket;
import org.condordesk.risk.Greeks;
import org.condordesk.risk.Heatmap;
import org.condordesk.risk.LayerRisk;
import org.condordesk.risk.LegRisk;
import org.condordesk.risk.PnlCurve;
import org.condordesk.risk.PnlTable;
import org.condordesk.store.csv.CsvCells;
import org.condordesk.store.json.SaveTargets;

/**
 * The analysis as CSV tables (RFC 4180, plain numbers, units in the headers): legs, layers, P&L curves,
 * decay, vega by expiry and the heatmap, one file each.
 */
public final class CsvExport {

    private static final String GREEK_HEADERS = "value_usd,pnl_usd,notional_usd,spx_delta_usd_per_pt,spx_gamma_per_pt,"
            + "theta_usd_per_day,spx_vega_usd_per_vol_pt,vix_option_vega_usd_per_vol_pt,"
            + "vix_vega_usd_per_vix_pt,rho_usd_per_rate_pt";

    private CsvExport() {
    }

    /** File-name suffix → CSV text, in the order they are written. */
    public static Map<String, String> tables(Scenario scenario, Analysis analysis) {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("legs", legs(analysis));
        tables.put("layers", layers(analysis));
        tables.put("curves", curves(analysis));
        analysis.decay().ifPresent(decay -> tables.put("decay", decay(scenario, decay)));
        tables.put("vega-by-expiry", vegaByExpiry(analysis));
        analysis.heatmap().ifPresent(map -> tables.put("heatmap", heatmap(map)));
        return tables;
    }

    /** Writes {@code <base>-<table>.csv} for every table into {@code folder}; returns the files written. */
    public static List<Path> write(Scenario scenario, Analysis analysis, Path folder, String base) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> table : tables(scenario, analysis).entrySet()) {
            Path file = folder.resolve(base + "-" + table.getKey() + ".csv");
            // The user chose the folder in a dialog: force (a table may replace last export's), never a library or device.
            SaveTargets.write(file, table.getValue().getBytes(StandardCharsets.UTF_8), SaveTargets.Kind.CSV, true, List.of());
            written.add(file);
        }
        return written;
    }

    static String legs(Analysis analysis) {
        StringBuilder csv = new StringBuilder("layer,leg,instrument,quantity,entry_price_pts,model_price_pts,underlying,"
                + "underlying_price,implied_vol_used,days_to_expiry,vix_delta_usd_per_pt," + GREEK_HEADERS + "\r\n");
        for (LayerRisk layer : analysis.layers()) {
            for (LegRisk leg : layer.legs()) {
                line(csv, quote(layer.layer().name()), Integer.toString(leg.legIndex() + 1), quote(leg.leg().instrument().label()),
                        Integer.toString(leg.leg().quantity()), number(leg.leg().entryPrice()), number(leg.pricePerUnit()),
                        quote(leg.underlying()), number(leg.underlyingPrice()), number(leg.impliedVolUsed()),
                        number(leg.daysToExpiry()), number(leg.vixDelta()), greeks(leg.greeks()));
            }
        }
        return csv.toString();
    }

    static String layers(Analysis analysis) {
        StringBuilder csv = new StringBuilder("layer,role,enabled,size_multiplier," + GREEK_HEADERS + "\r\n");
        for (LayerRisk layer : analysis.layers()) {
            line(csv, quote(layer.layer().name()), layer.layer().role().name(), Boolean.toString(layer.layer().enabled()),
                    number(layer.layer().sizeMultiplier()), greeks(layer.greeks()));
        }
        line(csv, "Net position", "", "", "", greeks(analysis.position()));
        return csv.toString();
    }

    static String curves(Analysis analysis) {
        List<PnlCurve> curves = analysis.curves();
        StringBuilder csv = new StringBuilder("spx,vix_spot_vol_map");
        for (PnlCurve curve : curves) {
            csv.append(",pnl_usd_").append(curve.label().toLowerCase(Locale.ROOT).replace('+', 'p'))
                    .append('_').append(curve.at().toLocalDate());
        }
        csv.append("\r\n");
        PnlCurve first = curves.get(0);
        for (int i = 0; i < first.spx().length; i++) {
            csv.append(number(first.spx()[i])).append(',').append(number(first.vix()[i]));
            for (PnlCurve curve : curves) {
                csv.append(',').append(number(curve.pnl()[i]));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static String decay(Scenario scenario, DecayCurves decay) {
        StringBuilder csv = new StringBuilder("time,days_from_valuation");
        for (int l = 0; l < decay.layerPnl().size(); l++) {
            csv.append(',').append(quote("pnl_usd " + scenario.layers().get(l).name()));
        }
        csv.append(",pnl_usd_total,daily_theta_usd\r\n");
        for (int i = 0; i < decay.days().length; i++) {
            csv.append(decay.times().get(i)).append(',').append(number(decay.days()[i]));
            for (double[] layer : decay.layerPnl()) {
                csv.append(',').append(number(layer[i]));
            }
            csv.append(',').append(number(decay.totalPnl()[i])).append(',').append(number(decay.dailyTheta()[i])).append("\r\n");
        }
        return csv.toString();
    }

    static String vegaByExpiry(Analysis analysis) {
        StringBuilder csv = new StringBuilder("expiry,days_to_expiry,spx_vega_usd_per_vol_pt,vix_option_vega_usd_per_vol_pt,"
                + "vix_vega_usd_per_vix_pt\r\n");
        for (ExpiryBucket bucket : analysis.vegaByExpiry()) {
            line(csv, bucket.expiry().toString(), number(bucket.daysToExpiry()), number(bucket.spxVega()),
                    number(bucket.vixOptionVega()), number(bucket.vixVega()));
        }
        return csv.toString();
    }

    static String heatmap(Heatmap map) {
        StringBuilder csv = new StringBuilder("spx_move_pct,vix_move_pts,pnl_usd\r\n");
        for (int v = 0; v < map.vixMovesPoints().length; v++) {
            for (int s = 0; s < map.spxMovesPct().length; s++) {
                line(csv, number(map.spxMovesPct()[s]), number(map.vixMovesPoints()[v]), number(map.pnl()[v][s]));
            }
        }
        return csv.toString();
    }

    /**
     * The P&L-by-date table wide, as a spreadsheet shows it: one row per date-time (New York), one column per
     * SPX level, named with the level and the unit ({@code pnl_usd_at_spx_6840}); a second row gives the spot
     * VIX the spot–vol map puts at each level.
     */
    public static String pnlTable(PnlTable table) {
        StringBuilder csv = new StringBuilder("date_time_ny");
        for (double spx : table.spx()) {
            csv.append(",pnl_usd_at_spx_").append(number(spx));
        }
        csv.append("\r\n").append("vix_at_level");
        for (double vix : table.vix()) {
            csv.append(',').append(number(vix));
        }
        csv.append("\r\n");
        for (int d = 0; d < table.times().size(); d++) {
            csv.append(table.times().get(d));
            for (double pnl : table.pnl()[d]) {
                csv.append(',').append(number(pnl));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String greeks(Greeks g) {
        return String.join(",", number(g.value()), number(g.pnl()), number(g.notional()), number(g.spxDelta()),
                number(g.spxGamma()), number(g.thetaPerDay()), number(g.spxVega()), number(g.vixOptionVega()),
                number(g.vixVega()), number(g.rhoPerPoint()));
    }

    private static void line(StringBuilder csv, String... fields) {
        csv.append(String.join(",", fields)).append("\r\n");
    }

    /** Plain decimal, no grouping, 6 significant decimals at most. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        String text = String.format(Locale.ROOT, "%.6f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }

    /**
     * A text cell ({@link CsvCells}). One starting with {@code = + - @}, a tab, a CR or NUL is a formula to a spreadsheet (a layer named
     * {@code =HYPERLINK(…)} would run on opening): it gets a leading apostrophe, so it shows as text (OWASP ASVS 5.0,
     * requirement 1.2.10, "CSV and Formula Injection"). Numbers never come through here.
     */
    static String quote(String text) {
        return CsvCells.text(text);
    }
}
