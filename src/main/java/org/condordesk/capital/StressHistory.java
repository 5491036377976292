package org.condordesk.capital;

import java.util.Optional;

import org.condordesk.market.DailySeries;
import org.condordesk.model.Check;

/**
 * The daily history the stress library replays and draws its return distribution from: SPX and VIX closes, and
 * VIX3M where it exists (from 2009-09-18 in the bundled samples/history).
 */
public record StressHistory(DailySeries spx, DailySeries vix, Optional<DailySeries> vix3m) {

    public StressHistory {
        Check.present("spx", spx);
        Check.present("vix", vix);
        Check.present("vix3m", vix3m);
    }
}
