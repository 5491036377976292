package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of the per-trade table ($ unless named): entry and exit dates (no exit while still open on the last day),
 * why it ended, the condor's expiry and short strikes, its contracts and the hedge contracts (layer 1; layer 2 at
 * entry and at most), the credit received (at fill prices, commissions deducted), the hedge's cost (minus the hedge
 * layers' P&L: what the hedge took from the trade, negative when it paid), the P&L of each layer, the spreads and
 * commissions paid, the total, and the largest capital the trade tied up.
 */
public record TradeRecord(int id, LocalDate entryDate, Optional<LocalDate> exitDate, ExitReason exitReason,
                          LocalDate expiry, double shortPut, double shortCall, int contracts, int hedge1Contracts,
                          int hedge2ContractsAtEntry, int hedge2ContractsMax, double credit, double hedgeCost,
                          double corePnl, double hedge1Pnl, double hedge2Pnl, double costs, double pnl,
                          double capital) {
}
