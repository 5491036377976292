package org.condordesk.risk;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.condordesk.market.Tenor;

/** Vega by expiry: leg vegas summed per settlement date, so offsetting tenors stay visible. */
final class VegaBuckets {

    private VegaBuckets() {
    }

    static List<ExpiryBucket> of(List<LayerRisk> layers, ZonedDateTime valuationTime, double analysisDays) {
        Map<LocalDate, double[]> sums = new TreeMap<>();
        LocalDate analysisDate = Tenor.afterElapsed(valuationTime, analysisDays).toLocalDate();
        for (LayerRisk layer : layers) {
            for (LegRisk leg : layer.legs()) {
                if (leg.leg().isClosed()) {
                    continue; // a closed leg has left the greeks
                }
                LocalDate expiry = leg.leg().instrument().expiryDate()
                        .orElse(analysisDate.plusDays(Math.round(leg.daysToExpiry())));
                double[] sum = sums.computeIfAbsent(expiry, e -> new double[] {leg.daysToExpiry(), 0, 0, 0});
                sum[1] += leg.greeks().spxVega();
                sum[2] += leg.greeks().vixOptionVega();
                sum[3] += leg.greeks().vixVega();
            }
        }
        List<ExpiryBucket> buckets = new ArrayList<>();
        sums.forEach((expiry, sum) -> buckets.add(new ExpiryBucket(expiry, sum[0], sum[1], sum[2], sum[3])));
        return buckets;
    }
}
