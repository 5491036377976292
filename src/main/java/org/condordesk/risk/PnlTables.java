package org.condordesk.risk;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.condordesk.market.MarketState;
import org.condordesk.model.Scenario;

/** The P&L-by-date table: every day from the analysis date to the core expiry, at chosen SPX moves. */
public final class PnlTables {

    /** A table longer than this steps more than a day between rows. */
    public static final int MAX_ROWS = 60;

    private PnlTables() {
    }

    /**
     * Rows at the analysis date, then each whole day after it at the same time of day, then the core expiry
     * itself; columns at SPX moved by {@code spxMovesPct} (percent of spot). The settings give the analysis
     * date (time shift) and the VIX shift; VIX follows SPX through the spot–vol map.
     */
    public static PnlTable byDate(Scenario scenario, MarketState market, AnalysisSettings settings, double[] spxMovesPct) {
        Analyzer.Timeline timeline = Analyzer.Timeline.of(scenario, market, settings);
        PositionModel position = new PositionModel(scenario, market, timeline.analysisDays());
        double vix = Analyzer.shiftedVix(market, settings.vixShiftPoints());
        Curves curves = new Curves(position, market.spxSpot(), vix, scenario.model().spotVol(), settings);
        double[] spx = new double[spxMovesPct.length];
        double[] vixAt = new double[spxMovesPct.length];
        for (int s = 0; s < spx.length; s++) {
            spx[s] = market.spxSpot() * (1 + spxMovesPct[s] / 100);
            vixAt[s] = curves.vixAt(spx[s]);
        }
        List<Double> days = timeline.clockSteps(timeline.coreExpiryDays(), MAX_ROWS - 1);
        List<LocalDateTime> times = new ArrayList<>();
        double[][] pnl = new double[days.size()][spx.length];
        for (int d = 0; d < days.size(); d++) {
            Slice slice = position.at(days.get(d));
            times.add(timeline.at(days.get(d)));
            for (int s = 0; s < spx.length; s++) {
                pnl[d][s] = slice.pnl(spx[s], vixAt[s]);
            }
        }
        return new PnlTable(times, spx, vixAt, pnl);
    }
}
