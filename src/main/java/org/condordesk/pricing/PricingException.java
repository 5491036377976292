package org.condordesk.pricing;

/**
 * Bad input to a pricer or the implied-vol solver, with a one-line message a trader can act on,
 * e.g. {@code price 0.5 is below the intrinsic value 1.2: no implied volatility}.
 */
public final class PricingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PricingException(String message) {
        super(message);
    }
}
