package org.condordesk.model;

/** One test of a signal on a day: {@code RSI ABOVE 50}, {@code BEARISH_DIVERGENCE IS_TRUE}. */
public record AlvhCondition(AlvhSignal signal, Comparison op, double value) {

    /** How the reading is compared; ABOVE/BELOW are strict, IS_TRUE/IS_FALSE test an on/off reading. */
    public enum Comparison {
        ABOVE, BELOW, IS_TRUE, IS_FALSE;

        public boolean isFlagTest() {
            return this == IS_TRUE || this == IS_FALSE;
        }
    }

    public AlvhCondition {
        Check.present("signal", signal);
        Check.present("op", op);
        Check.finite("value", value);
        if (op.isFlagTest() != signal.isFlag()) {
            throw new ValidationException("op", signal.isFlag()
                    ? signal + " is on/off: use IS_TRUE or IS_FALSE"
                    : signal + " is a number: use ABOVE or BELOW");
        }
    }

    public static AlvhCondition above(AlvhSignal signal, double value) {
        return new AlvhCondition(signal, Comparison.ABOVE, value);
    }

    public static AlvhCondition below(AlvhSignal signal, double value) {
        return new AlvhCondition(signal, Comparison.BELOW, value);
    }

    public static AlvhCondition isTrue(AlvhSignal signal) {
        return new AlvhCondition(signal, Comparison.IS_TRUE, 0);
    }

    /** Whether {@code reading} passes; a missing reading (NaN) never passes. */
    public boolean test(double reading) {
        if (Double.isNaN(reading)) {
            return false;
        }
        return switch (op) {
            case ABOVE -> reading > value;
            case BELOW -> reading < value;
            case IS_TRUE -> reading != 0;
            case IS_FALSE -> reading == 0;
        };
    }

    /** {@code RSI > 50}, {@code BEARISH_DIVERGENCE}. */
    public String describe() {
        return switch (op) {
            case ABOVE -> signal + " > " + Check.format(value);
            case BELOW -> signal + " < " + Check.format(value);
            case IS_TRUE -> signal.toString();
            case IS_FALSE -> "not " + signal;
        };
    }
}
