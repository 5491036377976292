package org.condordesk.trade.broker;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.condordesk.market.ExpiryWarnings;
import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixOption;

/**
 * OCC option symbols (docs/formats.md): root (1–6 characters, space-padded to six in the 21-character form),
 * expiry {@code yymmdd}, {@code C} or {@code P}, strike × 1000 in eight digits: {@code SPXW  261209P07350000},
 * {@code VIX   270120C00020000}, also without the padding. The root names the product: SPX is the AM-settled
 * standard (third-Friday) option, SPXW the PM-settled weekly, VIX and VIXW VIX options, and the VIX ETFs CondorDesk
 * models (VXX, VIXY, UVXY, SVXY) their listed options.
 */
public final class OccSymbols {

    /** The VIX-futures ETFs whose options map to legs: short-term (30-day constant maturity) products. */
    static final Map<String, VixEtf> ETFS = Map.of(
            "VXX", new VixEtf("VXX", 30, 1.0),     // iPath Series B S&P 500 VIX Short-Term Futures ETN
            "VIXY", new VixEtf("VIXY", 30, 1.0),   // ProShares VIX Short-Term Futures ETF
            "UVXY", new VixEtf("UVXY", 30, 1.5),   // ProShares Ultra VIX Short-Term Futures ETF, 1.5× daily
            "SVXY", new VixEtf("SVXY", 30, -0.5)); // ProShares Short VIX Short-Term Futures ETF, −0.5× daily

    private OccSymbols() {
    }

    /** The instrument of {@code symbol}, or a one-line reason why it is none CondorDesk values. */
    public static Instrument parse(String symbol) {
        String text = symbol.strip().toUpperCase(Locale.ROOT);
        int tail = text.length() - 15;
        if (tail < 1 || !text.substring(tail).matches("\\d{6}[CP]\\d{8}")) {
            throw new ValidationException("symbol", "'" + symbol.strip() + "' is not an OCC option symbol like "
                    + "SPXW  261209P07350000");
        }
        String root = text.substring(0, tail).strip();
        LocalDate expiry = date(text.substring(tail, tail + 6), symbol);
        OptionRight right = text.charAt(tail + 6) == 'C' ? OptionRight.CALL : OptionRight.PUT;
        double strike = Long.parseLong(text.substring(tail + 7)) / 1000.0;
        return switch (root) {
            case "SPX" -> new SpxOption(right, strike, expiry, Settlement.AM);
            case "SPXW" -> new SpxOption(right, strike, expiry, Settlement.PM);
            case "VIX", "VIXW" -> new VixOption(right, strike, expiry);
            default -> etf(root).map(etf -> (Instrument) new VixEtfOption(etf, right, strike, expiry))
                    .orElseThrow(() -> new ValidationException("symbol", "root '" + root + "' of " + symbol.strip()
                            + " is not SPX, SPXW, VIX, VIXW, VXX, VIXY, UVXY or SVXY"));
        };
    }

    /**
     * The settlement of an SPX option a statement names by its root word and date only (not an OCC symbol):
     * SPXW is PM; SPX is AM on the month's standard expiry (third Friday) and PM on any other date, where only
     * the PM-settled weeklies expire.
     */
    static Settlement spxSettlement(String root, LocalDate expiry) {
        if (root.equals("SPXW")) {
            return Settlement.PM;
        }
        return ExpiryWarnings.standardSpxExpiry(YearMonth.from(expiry)).equals(expiry) ? Settlement.AM : Settlement.PM;
    }

    /** The modelled VIX ETF named {@code symbol}. */
    static Optional<VixEtf> etf(String symbol) {
        return Optional.ofNullable(ETFS.get(symbol.strip().toUpperCase(Locale.ROOT)));
    }

    private static LocalDate date(String yymmdd, String symbol) {
        try {
            return LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new ValidationException("symbol", symbol.strip() + " has no real expiry date (" + yymmdd + ")");
        }
    }

    /** The OCC symbol of an option instrument, padded to 21 characters (for messages and the generic CSV). */
    public static String of(Instrument option) {
        String root = switch (option.kind()) {
            case SPX_OPTION -> ((SpxOption) option).settlement() == Settlement.AM ? "SPX" : "SPXW";
            case VIX_OPTION -> "VIX";
            case VIX_ETF_OPTION -> ((VixEtfOption) option).underlying().symbol();
            default -> throw new ValidationException("symbol", option.label() + " has no OCC symbol");
        };
        LocalDate expiry = option.expiryDate().orElseThrow();
        return String.format(Locale.ROOT, "%-6s%02d%02d%02d%s%08d", root, expiry.getYear() % 100, expiry.getMonthValue(),
                expiry.getDayOfMonth(), option.optionRight().orElseThrow() == OptionRight.CALL ? "C" : "P",
                Math.round(option.optionStrike().getAsDouble() * 1000));
    }
}
