package org.condordesk.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;

/**
 * Expiries no exchange lists (docs/model.md §2): a weekend or an exchange holiday; an AM-settled SPX option
 * off its month's third Friday (or the business day before it when that Friday is a holiday); a VIX future or
 * option off every VIX settlement day ({@link VixCalendar}). Holidays are known for
 * {@link ExchangeCalendar#FIRST_YEAR}–{@link ExchangeCalendar#LAST_YEAR}; other years are checked for weekends only.
 */
public final class ExpiryWarnings {

    private ExpiryWarnings() {
    }

    /** Every warning for {@code scenario}, in file order. */
    public static List<InputWarning> of(Scenario scenario) {
        List<InputWarning> warnings = new ArrayList<>();
        List<FuturesQuote> quotes = scenario.market().vixFutures();
        for (int i = 0; i < quotes.size(); i++) {
            vixDate(quotes.get(i).expiry()).ifPresent(add(warnings, "market.vixFutures[" + i + "].expiry"));
        }
        for (int l = 0; l < scenario.layers().size(); l++) {
            Layer layer = scenario.layers().get(l);
            for (int j = 0; j < layer.legs().size(); j++) {
                of(layer.legs().get(j)).ifPresent(add(warnings, "layers[" + l + "].legs[" + j + "].expiry"));
            }
        }
        return warnings;
    }

    /** The warning for one leg's expiry, if any. */
    public static Optional<String> of(Leg leg) {
        Optional<LocalDate> expiry = leg.instrument().expiryDate();
        return switch (leg.instrument().kind()) {
            case SPX_OPTION -> spxDate(expiry.orElseThrow(), ((SpxOption) leg.instrument()).settlement());
            case VIX_FUTURE, VIX_OPTION -> vixDate(expiry.orElseThrow());
            case VIX_ETF -> Optional.empty();
            // ETF options list Friday weeklies and more; only a closed exchange is certainly wrong.
            case VIX_ETF_OPTION -> closed(expiry.orElseThrow(), "ETF options");
        };
    }

    private static java.util.function.Consumer<String> add(List<InputWarning> warnings, String path) {
        return message -> warnings.add(new InputWarning(path, message));
    }

    static Optional<String> spxDate(LocalDate date, Settlement settlement) {
        Optional<String> closed = closed(date, "SPX options");
        if (closed.isPresent() || settlement != Settlement.AM) {
            return closed;
        }
        LocalDate expected = standardSpxExpiry(YearMonth.from(date));
        return expected.equals(date) ? Optional.empty()
                : Optional.of(date + " is a " + weekday(date) + ": AM-settled SPX options expire on the month's third "
                        + "Friday (" + expected + " this month), or the business day before when that Friday is a holiday");
    }

    /** The AM-settled standard SPX expiry of {@code month}: its third Friday, or the business day before a holiday. */
    public static LocalDate standardSpxExpiry(YearMonth month) {
        LocalDate friday = VixCalendar.thirdFriday(month);
        return ExchangeCalendar.holiday(friday).isPresent() ? ExchangeCalendar.previousBusinessDay(friday) : friday;
    }

    static Optional<String> vixDate(LocalDate date) {
        Optional<String> closed = closed(date, "VIX futures and options");
        if (closed.isPresent() || VixCalendar.isSettlementDay(date)) {
            return closed;
        }
        return Optional.of(date + " is a " + weekday(date) + ", not a VIX settlement day: VIX futures and options "
                + "settle on a Wednesday 30 days before an SPX expiry Friday (the monthly one this month is "
                + VixCalendar.settlement(YearMonth.from(date)) + "), or the business day before when that Wednesday "
                + "or Friday is a holiday");
    }

    private static Optional<String> closed(LocalDate date, String what) {
        if (ExchangeCalendar.isWeekend(date)) {
            return Optional.of(date + " is a " + weekday(date) + ": " + what + " do not expire on weekends");
        }
        return ExchangeCalendar.holiday(date).map(name -> date + " is an exchange holiday (" + name + "): "
                + what + " do not expire when the exchanges are closed");
    }

    private static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
