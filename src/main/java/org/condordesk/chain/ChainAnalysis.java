package org.condordesk.chain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionRoot;

/**
 * A chain analysed expiry by expiry, the expiries that could not be (with the reason), and the calendar
 * arbitrage found between consecutive fitted smiles: total variance at a fixed log-moneyness falling with
 * tenor.
 */
public record ChainAnalysis(OptionChain chain, List<ExpiryAnalysis> expiries, List<Skipped> skipped,
                            List<CalendarViolation> calendarViolations) {

    public ChainAnalysis {
        expiries = List.copyOf(expiries);
        skipped = List.copyOf(skipped);
        calendarViolations = List.copyOf(calendarViolations);
    }

    /** An expiry left out, and why ("SPXW 2025-01-17: fewer than two strikes …"). */
    public record Skipped(String expiry, String reason) {
    }

    /** Where the later expiry's total variance falls below the earlier one's, by how much. */
    public record CalendarViolation(String earlier, String later, double logMoneyness, double earlierTotalVariance,
                                    double laterTotalVariance) {
    }

    /** The underlying's last price from the file, if it has one. */
    public OptionalDouble underlyingPrice() {
        return chain.underlyingPrice();
    }

    public Optional<ExpiryAnalysis> find(OptionRoot root, LocalDate expiry) {
        return expiries.stream().filter(e -> e.root() == root && e.expiry().equals(expiry)).findFirst();
    }

    /** The analysed expiries on {@code date}: SPX (AM) before SPXW (PM) when both settle that day. */
    public List<ExpiryAnalysis> on(LocalDate date) {
        return expiries.stream().filter(e -> e.expiry().equals(date)).toList();
    }
}
