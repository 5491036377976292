package org.condordesk.ui.chart;

import org.condordesk.capital.StressLibrary;
import org.condordesk.capital.StressResult;

/** Short axis labels for stresses: the charts are small, the full names live in the tooltips and the table. */
public final class StressLabels {

    private static final String[] GAMMA = {"flat", "−1σ", "+1σ", "−2σ", "+2σ"};

    private StressLabels() {
    }

    /** The label of the {@code index}-th stress of its group. */
    public static String shortLabel(StressResult result, int index) {
        return switch (result.group()) {
            case HISTORICAL -> historical(result.name());
            case USER -> "U" + (index + 1);
            case SLIPPAGE -> index < StressLibrary.SLIPPAGE_SCALES.length
                    ? Math.round(StressLibrary.SLIPPAGE_SCALES[index] * 100) + "%"
                    : "VIX+" + Math.round(StressLibrary.VIX_UP_POINTS[index - StressLibrary.SLIPPAGE_SCALES.length]);
            case GAMMA -> index < GAMMA.length ? GAMMA[index] : "γ" + index;
        };
    }

    /** "Volmageddon 2018-02-05" → "Volmageddon", "Hot CPI 2022-09-13" → "Hot CPI", "October 2008 (…)" → "Oct 2008". */
    static String historical(String name) {
        String cut = name.replaceAll("\\s*\\(.*\\)$", "").replaceAll("\\s+\\d{4}-\\d{2}-\\d{2}$", "");
        cut = cut.replace("October", "Oct").replace("Yen carry unwind", "Yen carry").replace("COVID crash", "COVID");
        return cut.length() > 12 ? cut.substring(0, 11) + "…" : cut;
    }
}
