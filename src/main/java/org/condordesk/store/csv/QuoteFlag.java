package org.condordesk.store.csv;

import java.util.List;

import org.condordesk.market.QuoteCondition;

/**
 * How many quotes of a chain file were in one flagged condition (zero bid, one-sided, empty, crossed), and
 * the first lines where they stand, so a user can look them up.
 */
public record QuoteFlag(QuoteCondition condition, int count, List<Integer> firstLines) {

    public QuoteFlag {
        firstLines = List.copyOf(firstLines);
    }
}
