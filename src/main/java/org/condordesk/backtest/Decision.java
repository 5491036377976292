package org.condordesk.backtest;

import java.time.LocalDateTime;

/**
 * One fill a variant made: when, in which trade and layer ({@code CORE}, {@code HEDGE_1}, {@code HEDGE_2}), which
 * instrument, the signed quantity and the price per unit. The no-look-ahead test compares these day by day.
 */
public record Decision(LocalDateTime time, int tradeId, String layer, String instrument, int quantity, double price) {
}
