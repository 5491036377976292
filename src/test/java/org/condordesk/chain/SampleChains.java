package org.condordesk.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionRoot;
import org.condordesk.market.Tenor;
import org.condordesk.model.Instrument;
import org.condordesk.store.csv.ChainCsvWriter;

/**
 * The documented models behind samples/chains (samples/chains/README.md lists the same figures). {@link #main}
 * rewrites the files; {@code SampleChainsTest} checks the committed files are exactly what these models give,
 * so the README, the files and the tests that recover these parameters cannot drift apart.
 */
public final class SampleChains {

    public static final ZonedDateTime QUOTE_TIME = LocalDateTime.of(2026, 11, 25, 10, 0).atZone(Instrument.NEW_YORK);
    public static final double SPX_SPOT = 7600;
    public static final double RATE = 0.037;
    public static final double DIVIDEND_YIELD = 0.012;
    public static final Ssvi SPX_SURFACE = new Ssvi(0.14, -0.7, 0.8);
    public static final SyntheticChain.Quoting SPX_QUOTING = new SyntheticChain.Quoting(0.05, 0.005, 0.05, 2.5);
    public static final double VIX_SPOT = 16.4;
    public static final Ssvi VIX_SURFACE = new Ssvi(0.85, 0.4, 1.0);
    public static final SyntheticChain.Quoting VIX_QUOTING = new SyntheticChain.Quoting(0.01, 0.03, 0.02, 0.25);
    /** VX futures the VIX options are priced off (the sample scenario's curve). */
    public static final List<LocalDate> VX_EXPIRIES = List.of(LocalDate.of(2026, 12, 16), LocalDate.of(2027, 1, 20),
            LocalDate.of(2027, 2, 17), LocalDate.of(2027, 3, 17));
    public static final List<Double> VX_PRICES = List.of(17.45, 18.55, 19.20, 19.70);

    private SampleChains() {
    }

    /** SPX forward to an expiry: S·e^{(r−q)T}. */
    public static double spxForward(OptionRoot root, LocalDate expiry) {
        double years = Tenor.years(QUOTE_TIME, root.settlementTime(expiry));
        return SPX_SPOT * Math.exp((RATE - DIVIDEND_YIELD) * years);
    }

    /** The full sample: nine SPX/SPXW expiries from 2 days to 3 months, SPX-like strikes. */
    public static OptionChain spx() {
        List<SyntheticChain.Expiry> expiries = new ArrayList<>();
        Object[][] list = {
            {OptionRoot.SPXW, LocalDate.of(2026, 11, 27)}, {OptionRoot.SPXW, LocalDate.of(2026, 12, 9)},
            {OptionRoot.SPXW, LocalDate.of(2026, 12, 11)}, {OptionRoot.SPX, LocalDate.of(2026, 12, 18)},
            {OptionRoot.SPXW, LocalDate.of(2026, 12, 18)}, {OptionRoot.SPXW, LocalDate.of(2026, 12, 24)},
            {OptionRoot.SPXW, LocalDate.of(2026, 12, 31)}, {OptionRoot.SPX, LocalDate.of(2027, 1, 15)},
            {OptionRoot.SPX, LocalDate.of(2027, 2, 19)},
        };
        for (Object[] e : list) {
            OptionRoot root = (OptionRoot) e[0];
            LocalDate date = (LocalDate) e[1];
            double forward = spxForward(root, date);
            expiries.add(new SyntheticChain.Expiry(root, date, forward, SyntheticChain.spxStrikes(Math.round(forward / 5) * 5)));
        }
        return SyntheticChain.generate("SPX", OptionalDouble.of(SPX_SPOT), QUOTE_TIME, RATE, expiries, SPX_SURFACE,
                SPX_QUOTING);
    }

    /** The long-layout sample: three expiries, strikes every 25 points from 6000 to 8500. */
    public static OptionChain spxLong() {
        double[] strikes = new double[101];
        for (int i = 0; i < strikes.length; i++) {
            strikes[i] = 6000 + 25 * i;
        }
        List<SyntheticChain.Expiry> expiries = new ArrayList<>();
        for (Object[] e : new Object[][] {{OptionRoot.SPXW, LocalDate.of(2026, 12, 9)},
            {OptionRoot.SPX, LocalDate.of(2026, 12, 18)}, {OptionRoot.SPXW, LocalDate.of(2026, 12, 24)}}) {
            OptionRoot root = (OptionRoot) e[0];
            LocalDate date = (LocalDate) e[1];
            expiries.add(new SyntheticChain.Expiry(root, date, spxForward(root, date), strikes));
        }
        return SyntheticChain.generate("SPX", OptionalDouble.empty(), QUOTE_TIME, RATE, expiries, SPX_SURFACE,
                SPX_QUOTING);
    }

    /** VIX options on the four monthly VX expiries, each priced off its future. */
    public static OptionChain vix() {
        List<Double> strikes = new ArrayList<>();
        for (double k = 10; k <= 25; k += 1) {
            strikes.add(k);
        }
        for (double k = 27.5; k <= 40; k += 2.5) {
            strikes.add(k);
        }
        for (double k = 45; k <= 80; k += 5) {
            strikes.add(k);
        }
        double[] grid = strikes.stream().mapToDouble(Double::doubleValue).toArray();
        List<SyntheticChain.Expiry> expiries = new ArrayList<>();
        for (int i = 0; i < VX_EXPIRIES.size(); i++) {
            expiries.add(new SyntheticChain.Expiry(OptionRoot.VIX, VX_EXPIRIES.get(i), VX_PRICES.get(i), grid));
        }
        return SyntheticChain.generate("VIX", OptionalDouble.of(VIX_SPOT), QUOTE_TIME, RATE, expiries, VIX_SURFACE,
                VIX_QUOTING);
    }

    /** Cboe Futures Exchange's settlement layout: the four monthlies, later monthlies, weeklies and VXM minis. */
    public static String vxSettlements() {
        return """
                Product,Symbol,Expiration Date,Price
                VX,VX48/Z6,2026-12-02,16.95
                VX,VX49/Z6,2026-12-09,17.2
                VX,VX/Z6,2026-12-16,17.45
                VX,VX51/Z6,2026-12-23,17.7
                VX,VX/F7,2027-01-20,18.55
                VX,VX/G7,2027-02-17,19.2
                VX,VX/H7,2027-03-17,19.7
                VX,VX/J7,2027-04-21,20.05
                VX,VX/K7,2027-05-19,20.35
                VXM,VXM/Z6,2026-12-16,17.45
                VXM,VXM/F7,2027-01-20,18.55
                """;
    }

    /** The long form of the monthly curve. */
    public static String vxCurveLong() {
        return """
                expiry,price
                2026-12-16,17.45
                2027-01-20,18.55
                2027-02-17,19.2
                2027-03-17,19.7
                2027-04-21,20.05
                2027-05-19,20.35
                """;
    }

    /** Every sample file by name. */
    public static List<String[]> files() {
        return List.of(
                new String[] {"spx-quotedata-sample.csv", ChainCsvWriter.cboeQuoteTable(spx(), "SP 500 INDEX")},
                new String[] {"spx-long-sample.csv", ChainCsvWriter.longLayout(spxLong())},
                new String[] {"vix-quotedata-sample.csv", ChainCsvWriter.cboeQuoteTable(vix(), "CBOE VOLATILITY INDEX")},
                new String[] {"vx-settlements-sample.csv", vxSettlements()},
                new String[] {"vx-curve-sample.csv", vxCurveLong()});
    }

    /** Rewrites samples/chains from the models (run from the project directory). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples/chains");
        Files.createDirectories(folder);
        for (String[] file : files()) {
            Files.writeString(folder.resolve(file[0]), file[1], StandardCharsets.UTF_8);
        }
    }
}
