package org.condordesk.risk;

import java.time.LocalDateTime;

/**
 * P&L ($) over SPX move (percent) × spot-VIX move (points) at one date-time; {@code pnl[v][s]} is the P&L
 * at VIX move {@code vixMovesPoints[v]} and SPX move {@code spxMovesPct[s]}. VIX is an axis here, so the
 * spot–vol map is not applied on top.
 */
public record Heatmap(LocalDateTime at, double[] spxMovesPct, double[] vixMovesPoints, double[][] pnl) {
}
