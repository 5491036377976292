package org.condordesk.chain;

import java.util.List;

/**
 * One term of the Cboe VIX calculation: the expiry, its minutes to settlement N_T and T = N_T/525,600, the
 * rate R used for e^{RT}, the strike K* where call and put mids are closest and the forward
 * {@code F = K* + e^{RT}(C* − P*)}, K₀ (the strike at or below F), the strip of out-of-the-money options
 * (ascending strikes) and the term's variance σ².
 */
public record VixTerm(String expiry, double minutes, double years, double rate, double forwardStrike,
                      double forward, double k0, List<StripOption> strip, double variance) {

    public VixTerm {
        strip = List.copyOf(strip);
    }

    /** One option of the strip: its strike, which option it is ("put", "call", "put/call average") and Q(K). */
    public record StripOption(double strike, String option, double price) {
    }

    public int strikesUsed() {
        return strip.size();
    }

    public double lowestStrike() {
        return strip.get(0).strike();
    }

    public double highestStrike() {
        return strip.get(strip.size() - 1).strike();
    }
}
