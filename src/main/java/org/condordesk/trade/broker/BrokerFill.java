package org.condordesk.trade.broker;

import java.time.LocalDateTime;

import org.condordesk.model.Instrument;

/**
 * One row of a broker file mapped to a fill: its line number, the time (New York local), the instrument, the
 * signed quantity (+ bought), the price per unit in points and the fees paid in dollars.
 */
public record BrokerFill(int line, LocalDateTime time, Instrument instrument, int quantity, double price, double fees) {
}
