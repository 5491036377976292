package org.condordesk.trade.broker;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.condordesk.market.VixCalendar;
import org.condordesk.model.FuturesProduct;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixFuture;

/**
 * VIX futures as brokers name them (docs/formats.md): CFE month codes ({@code VXF7}, {@code /VXF27},
 * {@code /VXMZ26:XCBF}: product VX or VXM, month letter F…Z, the year in one or two digits) settle on the month's
 * VIX settlement date ({@link VixCalendar#settlement}); the generic CSV's {@code VX 2027-01-20} names the date itself.
 * Weekly VX contracts (their own codes) are not mapped.
 */
public final class FuturesSymbols {

    private static final String MONTH_CODES = "FGHJKMNQUVXZ";
    private static final Pattern CODE = Pattern.compile("/?(VXM|VX)([FGHJKMNQUVXZ])(\\d{1,2})(?::[A-Z]+)?");
    private static final Pattern DATED = Pattern.compile("(VXM|VX)\\s+(\\d{4}-\\d{2}-\\d{2})");

    private FuturesSymbols() {
    }

    /** True when {@code symbol} looks like a VIX future in either form. */
    public static boolean matches(String symbol) {
        String text = symbol.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(text).matches() || DATED.matcher(text).matches();
    }

    /** The future named by {@code symbol}; a one-digit year is the one nearest {@code tradeDate}'s. */
    public static VixFuture parse(String symbol, LocalDate tradeDate) {
        String text = symbol.strip().toUpperCase(Locale.ROOT);
        Matcher dated = DATED.matcher(text);
        if (dated.matches()) {
            try {
                return new VixFuture(LocalDate.parse(dated.group(2)), FuturesProduct.valueOf(dated.group(1)));
            } catch (DateTimeParseException e) {
                throw new ValidationException("symbol", "'" + symbol.strip() + "' has no real settlement date");
            }
        }
        Matcher code = CODE.matcher(text);
        if (!code.matches()) {
            throw new ValidationException("symbol", "'" + symbol.strip() + "' is not a VIX future like VXF7, /VXF27 or "
                    + "VX 2027-01-20");
        }
        int month = MONTH_CODES.indexOf(code.group(2).charAt(0)) + 1;
        int year = year(code.group(3), tradeDate);
        return new VixFuture(VixCalendar.settlement(YearMonth.of(year, month)), FuturesProduct.valueOf(code.group(1)));
    }

    /** Two digits are 20yy; one digit is the year of that last digit nearest the trade date (a future lists ≤ 9 months out). */
    private static int year(String digits, LocalDate tradeDate) {
        if (digits.length() == 2) {
            return 2000 + Integer.parseInt(digits);
        }
        int digit = Integer.parseInt(digits);
        int base = tradeDate.getYear() - tradeDate.getYear() % 10 + digit;
        return base < tradeDate.getYear() - 1 ? base + 10 : base;
    }
}
