package org.condordesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Bsm;
import org.condordesk.pricing.OptionGreeks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code condordesk price}: one European option's price and greeks, per unit, in trader units. */
@Command(name = "price",
        description = {"Price one European option and its greeks, per unit.",
            "Rates, yields and vols are decimals (0.05 = 5%%). Vega is per vol point (0.01), theta per calendar day "
                    + "(365-day year), rho per rate point (0.01); vanna and volga are per 1.00 of vol."})
public final class PriceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OptionInputs inputs;

    @Option(names = "--vol", required = true, paramLabel = "sigma", description = "volatility, decimal per year (0.20 = 20%%)")
    double vol;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Override
    public Integer call() {
        OptionInputs.Resolved contract = inputs.resolve(spec);
        OptionGreeks greeks = contract.model() == OptionInputs.Model.BSM
                ? Bsm.greeks(contract.right(), contract.underlying(), contract.strike(), contract.years(),
                        contract.rate(), contract.yield(), vol)
                : Black76.greeks(contract.right(), contract.underlying(), contract.strike(), contract.years(),
                        contract.rate(), vol);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            CliJson.print(out, toJson(greeks));
        } else {
            printText(out, contract, greeks);
        }
        return 0;
    }

    static Map<String, Object> toJson(OptionGreeks greeks) {
        Map<String, Object> fields = CliJson.object();
        fields.put("price", greeks.price());
        fields.put("delta", greeks.delta());
        fields.put("gamma", greeks.gamma());
        fields.put("vegaPerVolPoint", greeks.vegaPerVolPoint());
        fields.put("thetaPerDay", greeks.thetaPerDay());
        fields.put("rhoPerPoint", greeks.rhoPerPoint());
        fields.put("vanna", greeks.vanna());
        fields.put("volga", greeks.volga());
        return fields;
    }

    private void printText(PrintWriter out, OptionInputs.Resolved contract, OptionGreeks greeks) {
        String underlying = contract.underlyingName();
        out.println(String.format(Locale.ROOT, "%s %s  %s %s  strike %s  %s years  rate %s  %svol %s",
                contract.model().name().toLowerCase(Locale.ROOT), contract.right().name().toLowerCase(Locale.ROOT),
                underlying, CliJson.plain(contract.underlying()), CliJson.plain(contract.strike()),
                CliJson.plain(contract.years()), CliJson.plain(contract.rate()),
                contract.model() == OptionInputs.Model.BSM ? "yield " + CliJson.plain(contract.yield()) + "  " : "",
                CliJson.plain(vol)));
        row(out, "price", greeks.price(), "points");
        row(out, "delta", greeks.delta(), "per point of " + underlying);
        row(out, "gamma", greeks.gamma(), "delta per point of " + underlying);
        row(out, "vega", greeks.vegaPerVolPoint(), "per vol point");
        row(out, "theta", greeks.thetaPerDay(), "per calendar day");
        row(out, "rho", greeks.rhoPerPoint(),
                contract.model() == OptionInputs.Model.BSM ? "per rate point" : "per rate point, future held");
        row(out, "vanna", greeks.vanna(), "delta per 1.00 of vol");
        row(out, "volga", greeks.volga(), "vega per 1.00 of vol, per 1.00 of vol");
        out.flush();
    }

    static void row(PrintWriter out, String name, double value, String unit) {
        out.println(String.format(Locale.ROOT, "%-8s %14s  %s", name, number(value), unit));
    }

    /** At least 4 decimals and 4 significant digits; scientific below 1e-8. */
    static String number(double value) {
        double size = Math.abs(value);
        if (size != 0 && size < 1e-8) {
            return String.format(Locale.ROOT, "%.4e", value);
        }
        int decimals = size >= 1e-3 || size == 0 ? 4 : 3 - (int) Math.floor(Math.log10(size));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
