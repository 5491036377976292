package org.condordesk.store.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.condordesk.model.CapitalSettings;
import org.condordesk.model.EtfQuote;
import org.condordesk.model.EventKind;
import org.condordesk.model.ExpiryIvShift;
import org.condordesk.model.FundingSource;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketEvent;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Quote;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.SmileParameters;
import org.condordesk.model.SpotVolMap;
import org.condordesk.model.SpxOption;
import org.condordesk.model.TenorBeta;
import org.condordesk.model.TimeBasis;
import org.condordesk.model.UserStress;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;
import org.condordesk.model.VolFactorModel;
import org.condordesk.model.VolResponse;

/** Test helper: valid scenarios drawn from a seeded random source, with full-precision doubles and awkward text. */
final class RandomScenarios {

    /** Text for names, labels and tags: one line, no control characters (the model refuses those). */
    private static final String[] AWKWARD = {"", "plain", "quote \" and \\ backslash", "ünïcödé €", "emoji 🦅", "</script>"};
    /** Notes may also hold line feeds and tabs. */
    private static final String[] AWKWARD_NOTES = {"", "plain", "tab\tnew\nline", "ünïcödé €\n\nemoji 🦅"};

    private final SplittableRandom random;

    RandomScenarios(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Scenario next() {
        LocalDateTime valuation = LocalDateTime.of(2026, 1, 2, 9, 0).plusSeconds(random.nextLong(300L * 86_400));
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(text());
        }
        List<MarketEvent> events = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            events.add(new MarketEvent(valuation.toLocalDate().plusDays(random.nextInt(-30, 300)),
                    EventKind.values()[random.nextInt(EventKind.values().length)], text()));
        }
        MarketSnapshot market = market(valuation.toLocalDate());
        List<Layer> layers = new ArrayList<>();
        for (int i = random.nextInt(1, 5); i > 0; i--) {
            layers.add(layer(valuation.toLocalDate(), market));
        }
        Scenario scenario = new Scenario("Scenario " + text() + random.nextInt(1000),
                AWKWARD_NOTES[random.nextInt(AWKWARD_NOTES.length)], tags, valuation, market, model(), events, layers);
        return random.nextBoolean() ? scenario : scenario.withCapital(capital(valuation.toLocalDate()));
    }

    /** Capital settings: a VX margin or none, a funding table, stresses with every field drawn. */
    private CapitalSettings capital(LocalDate today) {
        OptionalDouble vxMargin = random.nextBoolean() ? OptionalDouble.of(random.nextDouble(0, 50_000)) : OptionalDouble.empty();
        List<FundingSource> funding = new ArrayList<>();
        for (int i = random.nextInt(0, 4); i > 0; i--) {
            funding.add(new FundingSource(text() + "source", random.nextDouble(0.01, 10), random.nextDouble(-0.5, 5)));
        }
        List<UserStress> stresses = new ArrayList<>();
        for (int i = random.nextInt(0, 4); i > 0; i--) {
            List<ExpiryIvShift> shifts = new ArrayList<>();
            for (int j = random.nextInt(0, 3); j > 0; j--) {
                shifts.add(new ExpiryIvShift(today.plusDays(random.nextInt(1, 400)), random.nextDouble(-100, 500)));
            }
            stresses.add(new UserStress(text() + "stress", random.nextDouble(-90, 200), random.nextDouble(-100, 300),
                    random.nextBoolean(), random.nextDouble(0, 3650), random.nextDouble(-100, 500), shifts,
                    random.nextDouble(-100, 300), random.nextDouble(-100, 300)));
        }
        return new CapitalSettings(vxMargin, funding, stresses);
    }

    private String text() {
        return AWKWARD[random.nextInt(AWKWARD.length)];
    }

    private MarketSnapshot market(LocalDate today) {
        List<FuturesQuote> futures = new ArrayList<>();
        LocalDate expiry = today.plusDays(random.nextInt(1, 20));
        for (int i = random.nextInt(0, 8); i > 0; i--) {
            futures.add(new FuturesQuote(expiry, random.nextDouble(10, 60)));
            expiry = expiry.plusDays(random.nextInt(20, 40));
        }
        List<EtfQuote> etfs = random.nextBoolean() ? List.of(new EtfQuote("VXX", random.nextDouble(5, 100)))
                : List.of(new EtfQuote("VXX", 40.5), new EtfQuote("UVXY", random.nextDouble(5, 100)));
        SmileParameters smile = random.nextInt(4) == 0 ? SmileParameters.defaults()
                : new SmileParameters(random.nextDouble(0.3, 1.5), random.nextDouble(-1, 2), random.nextDouble(-1, 2));
        return new MarketSnapshot(random.nextDouble(1000, 10000), random.nextDouble(-0.1, 0.5), random.nextDouble(0, 0.1),
                random.nextDouble(9, 80), random.nextDouble(9, 80), futures, etfs, smile);
    }

    private VolFactorModel model() {
        if (random.nextInt(3) == 0) {
            return VolFactorModel.defaults();
        }
        List<TenorBeta> betas = new ArrayList<>();
        double days = random.nextInt(2) == 0 ? 0 : random.nextDouble(0, 10);
        for (int i = random.nextInt(0, 10); i > 0; i--) {
            betas.add(new TenorBeta(days, random.nextDouble(0, 3)));
            days += random.nextInt(2) == 0 ? random.nextInt(1, 60) : random.nextDouble(0.5, 60);
        }
        double min = random.nextDouble(0, 2);
        return new VolFactorModel(random.nextDouble(0, 2), min, min + random.nextDouble(0, 5), betas,
                new SpotVolMap(random.nextDouble(0, 1), random.nextDouble(0, 1), random.nextDouble(0, 1.5),
                        random.nextDouble(1, 100), random.nextBoolean()),
                VolResponse.values()[random.nextInt(2)], TimeBasis.values()[random.nextInt(2)], random.nextDouble(0, 1));
    }

    private Layer layer(LocalDate today, MarketSnapshot market) {
        List<Leg> legs = new ArrayList<>();
        for (int i = random.nextInt(0, 7); i > 0; i--) {
            legs.add(leg(today, market));
        }
        return new Layer(text() + "layer", LayerRole.values()[random.nextInt(2)], random.nextBoolean(),
                random.nextInt(3) == 0 ? 1.0 : random.nextDouble(0, 1000), legs);
    }

    private Leg leg(LocalDate today, MarketSnapshot market) {
        LocalDate expiry = today.plusDays(random.nextInt(1, 400));
        OptionRight right = OptionRight.values()[random.nextInt(2)];
        double strike = random.nextBoolean() ? random.nextInt(1, 10000) : random.nextDouble(0.5, 10000);
        Instrument instrument = switch (random.nextInt(4)) {
            case 0 -> new SpxOption(right, strike, expiry, Settlement.values()[random.nextInt(2)]);
            case 1 -> new VixFuture(expiry);
            case 2 -> new VixOption(right, strike, expiry);
            default -> new VixEtf(market.etfQuotes().get(0).symbol(), random.nextInt(1, 366),
                    random.nextBoolean() ? 1 : random.nextDouble(0.1, 3));
        };
        int quantity = random.nextBoolean() ? random.nextInt(1, Leg.MAX_QUANTITY) : -random.nextInt(1, 50);
        OptionalDouble vol = instrument.isOption() ? OptionalDouble.of(random.nextDouble(0.01, Leg.MAX_IMPLIED_VOL))
                : OptionalDouble.empty();
        Optional<Quote> quote = Optional.empty();
        if (random.nextBoolean()) {
            double bid = random.nextDouble(0, 100);
            quote = Optional.of(new Quote(bid, bid + random.nextDouble(0, 2)));
        }
        return new Leg(instrument, quantity, random.nextDouble(0, 500), vol, quote);
    }
}
