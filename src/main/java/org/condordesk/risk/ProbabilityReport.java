package org.condordesk.risk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.condordesk.model.Check;
import org.condordesk.model.OptionRight;

/**
 * The position's probabilities under the risk-neutral distribution of the model's smile (docs/model.md §20):
 * the expected move to the core expiry, the probability of a profit at the core expiry and at the T+n date, of
 * reaching max profit at expiry, of touching each short SPX strike before its expiry, and of a loss beyond a level.
 * Probabilities are fractions in [0, 1].
 */
public record ProbabilityReport(ExpectedMove expectedMove, double profitAtExpiry, LocalDateTime targetAt,
                                double profitAtTarget, double maxProfitDollars, double maxProfit, List<Touch> touch,
                                LossBeyond lossBeyond) {

    public ProbabilityReport {
        Check.present("expectedMove", expectedMove);
        touch = List.copyOf(touch);
        Check.present("lossBeyond", lossBeyond);
    }

    /**
     * One standard deviation of SPX to the core expiry ({@code days} from the analysis time), in points: from the
     * ATM-forward straddle's price and from the ATM implied vol ({@code S·σ·√T}); {@code low}/{@code high} are
     * spot ∓ the straddle move, the band the risk graph shades.
     */
    public record ExpectedMove(LocalDateTime at, double days, double spot, double atmVol, double fromStraddle,
                               double fromImpliedVol) {
        public double low() {
            return spot - fromStraddle;
        }

        public double high() {
            return spot + fromStraddle;
        }
    }

    /** Probability that SPX trades at {@code strike} before {@code expiry} (1 when it is already through it). */
    public record Touch(String label, OptionRight right, double strike, LocalDate expiry, double volUsed,
                        double probability) {
    }

    /** Probability that the P&L at the core expiry is below −{@code levelDollars}. */
    public record LossBeyond(double levelDollars, double probability) {
    }
}
