package org.condordesk.risk;

import java.time.LocalDate;

/**
 * Vega exposure settling on one date: SPX vega ($/vol pt), VIX-option vega ($/vol pt of vol of vol) and
 * VIX vega ($ per VIX point). A VIX ETF is bucketed at valuation date + its target tenor.
 */
public record ExpiryBucket(LocalDate expiry, double daysToExpiry, double spxVega, double vixOptionVega,
                           double vixVega) {
}
