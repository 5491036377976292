package org.condordesk.cli;

import java.util.Locale;

import org.condordesk.model.OptionRight;
import org.condordesk.pricing.OptionGreeks;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** The option contract flags shared by {@code price} and {@code iv}: model, right, underlying, strike, rates, time. */
public final class OptionInputs {

    /** The pricing model a command uses. */
    public enum Model { BSM, BLACK76 }

    @Option(names = "--model", required = true, paramLabel = "bsm|black76", converter = ModelConverter.class,
            description = "bsm: Black-Scholes-Merton on the spot with a dividend yield (SPX); "
                    + "black76: Black-76 on a futures price (VIX options)")
    Model model;

    @Option(names = "--right", required = true, paramLabel = "call|put", converter = RightConverter.class,
            description = "call or put")
    OptionRight right;

    @Option(names = "--spot", paramLabel = "S", description = "index level, for --model bsm")
    Double spot;

    @Option(names = "--forward", paramLabel = "F", description = "futures price, for --model black76")
    Double forward;

    @Option(names = "--strike", required = true, paramLabel = "K", description = "strike, in index points")
    double strike;

    @Option(names = "--rate", paramLabel = "r", defaultValue = "0",
            description = "risk-free rate, continuously compounded, decimal per year (0.05 = 5%%); default 0")
    double rate;

    @Option(names = "--yield", paramLabel = "q",
            description = "dividend yield, decimal per year (0.013 = 1.3%%), bsm only; default 0")
    Double yield;

    @Option(names = "--years", paramLabel = "T", description = "time to expiry in years (calendar days / 365)")
    Double years;

    @Option(names = "--days", paramLabel = "D", description = "time to expiry in calendar days (converted with 365)")
    Double days;

    /** The flags checked for consistency; the numbers themselves are checked by the pricers. */
    record Resolved(Model model, OptionRight right, double underlying, double strike, double years, double rate,
                    double yield) {
        String underlyingName() {
            return model == Model.BSM ? "spot" : "forward";
        }
    }

    Resolved resolve(CommandSpec spec) {
        double underlying = model == Model.BSM ? bsmUnderlying(spec) : black76Underlying(spec);
        return new Resolved(model, right, underlying, strike, years(spec), rate, yield == null ? 0.0 : yield);
    }

    private double bsmUnderlying(CommandSpec spec) {
        if (forward != null) {
            throw bad(spec, "--forward is for --model black76; give --spot (the index level) with bsm");
        }
        if (spot == null) {
            throw bad(spec, "missing --spot (the index level) for --model bsm");
        }
        return spot;
    }

    private double black76Underlying(CommandSpec spec) {
        if (spot != null) {
            throw bad(spec, "--spot is for --model bsm; give --forward (the futures price) with black76");
        }
        if (yield != null) {
            throw bad(spec, "--yield does not apply to --model black76: the futures price already carries it");
        }
        if (forward == null) {
            throw bad(spec, "missing --forward (the futures price) for --model black76");
        }
        return forward;
    }

    private double years(CommandSpec spec) {
        if (years != null && days != null) {
            throw bad(spec, "give either --years or --days, not both");
        }
        if (years == null && days == null) {
            throw bad(spec, "missing time to expiry: give --years T or --days D");
        }
        double value = years != null ? years : days / OptionGreeks.DAYS_PER_YEAR;
        if (value < 0) {
            throw bad(spec, (years != null ? "--years " + years : "--days " + days)
                    + " is negative: time to expiry must be >= 0 (0 prices the option at its intrinsic value)");
        }
        return value;
    }

    private static ParameterException bad(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    static final class ModelConverter implements ITypeConverter<Model> {
        @Override
        public Model convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "bsm" -> Model.BSM;
                case "black76", "black-76" -> Model.BLACK76;
                default -> throw new TypeConversionException("'" + value + "' is not a model: use bsm or black76");
            };
        }
    }

    static final class RightConverter implements ITypeConverter<OptionRight> {
        @Override
        public OptionRight convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "call" -> OptionRight.CALL;
                case "put" -> OptionRight.PUT;
                default -> throw new TypeConversionException("'" + value + "' is not a right: use call or put");
            };
        }
    }
}
