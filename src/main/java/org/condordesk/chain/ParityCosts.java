package org.condordesk.chain;

import org.condordesk.model.Check;

/**
 * What trading a parity package costs beyond crossing the bid–ask (which the executable prices already pay):
 * a commission in dollars per option contract, and the cost in index points of taking the forward leg of a
 * conversion or reversal (e.g. half the spread of the future used for it). Both default to 0.
 */
public record ParityCosts(double commissionPerContract, double forwardCostPoints) {

    public ParityCosts {
        Check.between("commissionPerContract", commissionPerContract, 0, 1_000);
        Check.between("forwardCostPoints", forwardCostPoints, 0, 1_000);
    }

    public static ParityCosts none() {
        return new ParityCosts(0, 0);
    }

    /** Commission per option in points per unit (an SPX contract is 100 units). */
    double commissionPoints(double multiplier) {
        return commissionPerContract / multiplier;
    }
}
