package org.condordesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.condordesk.pricing.ImpliedVol;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code condordesk iv}: the implied volatility of one European option price. */
@Command(name = "iv",
        description = {"Implied volatility of a European option price (BSM on spot, or Black-76 on a future).",
            "Rates and yields are decimals (0.05 = 5%%); the result is a decimal per year (0.20 = 20%%)."})
public final class IvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OptionInputs inputs;

    @Option(names = "--price", required = true, paramLabel = "P", description = "option price, in points per unit")
    double price;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Override
    public Integer call() {
        OptionInputs.Resolved contract = inputs.resolve(spec);
        if (price == 0) {
            throw new ParameterException(spec.commandLine(), "--price 0: a zero quote means there is no bid, "
                    + "so there is no implied volatility to solve for; give a traded or mid price above 0");
        }
        double impliedVol = contract.model() == OptionInputs.Model.BSM
                ? ImpliedVol.bsm(contract.right(), price, contract.underlying(), contract.strike(), contract.years(),
                        contract.rate(), contract.yield())
                : ImpliedVol.black76(contract.right(), price, contract.underlying(), contract.strike(),
                        contract.years(), contract.rate());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> fields = CliJson.object();
            fields.put("impliedVol", impliedVol);
            CliJson.print(out, fields);
        } else {
            out.println(String.format(Locale.ROOT, "implied vol %12.6f  (%.4f %% a year)", impliedVol,
                    100 * impliedVol));
            out.flush();
        }
        return 0;
    }
}
