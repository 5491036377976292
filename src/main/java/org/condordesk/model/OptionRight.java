package org.condordesk.model;

/** Call or put. */
public enum OptionRight {
    CALL, PUT;

    /** +1 for a call, -1 for a put: the sign in the payoff max(sign·(S−K), 0). */
    public int sign() {
        return this == CALL ? 1 : -1;
    }
}
