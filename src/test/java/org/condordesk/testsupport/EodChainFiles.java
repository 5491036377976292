package org.condordesk.testsupport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes end-of-day chain files in the layouts the chain store imports (docs/formats.md §end-of-day chains), with a
 * price that is a known function of (day, expiry, strike, right), so a test can check every answer of the store
 * against the formula the file was written from. Vendors' files are never committed.
 */
public final class EodChainFiles {

    /** Cboe DataShop "Option EOD Summary" header (the calcs-free file). */
    public static final String DATASHOP_HEADER = "underlying_symbol,quote_date,root,expiration,strike,option_type,open,"
            + "high,low,close,trade_volume,bid_size_1545,bid_1545,ask_size_1545,ask_1545,underlying_bid_1545,"
            + "underlying_ask_1545,bid_size_eod,bid_eod,ask_size_eod,ask_eod,underlying_bid_eod,underlying_ask_eod,vwap,"
            + "open_interest,delivery_code";
    /** OptionsDX's SPX EOD header: bracketed names separated by ", ". */
    public static final String OPTIONSDX_HEADER = "[QUOTE_UNIXTIME], [QUOTE_READTIME], [QUOTE_DATE], [QUOTE_TIME_HOURS], "
            + "[UNDERLYING_LAST], [EXPIRE_DATE], [EXPIRE_UNIX], [DTE], [C_DELTA], [C_GAMMA], [C_VEGA], [C_THETA], [C_RHO], "
            + "[C_IV], [C_VOLUME], [C_LAST], [C_SIZE], [C_BID], [C_ASK], [STRIKE], [P_BID], [P_ASK], [P_SIZE], [P_LAST], "
            + "[P_DELTA], [P_GAMMA], [P_VEGA], [P_THETA], [P_RHO], [P_IV], [P_VOLUME], [STRIKE_DISTANCE], "
            + "[STRIKE_DISTANCE_PCT]";

    private EodChainFiles() {
    }

    /** The bid the files carry: a formula of the contract, so a read-back can be checked without the file. */
    public static double bid(LocalDate day, LocalDate expiry, double strike, char right) {
        double cents = (day.getDayOfMonth() * 7 + expiry.getDayOfMonth() * 3 + strike / 5 + (right == 'C' ? 11 : 0)) % 997;
        return Math.round(cents * 5) / 100.0;
    }

    public static double ask(LocalDate day, LocalDate expiry, double strike, char right) {
        return Math.round((bid(day, expiry, strike, right) + 0.10 + (strike % 50 == 0 ? 0.05 : 0)) * 100) / 100.0;
    }

    /** One DataShop file: every day × expiry × strike × right, SPXW root. */
    public static Path dataShop(Path file, List<LocalDate> days, List<LocalDate> expiries, List<Double> strikes)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(DATASHOP_HEADER + "\r\n");
            for (LocalDate day : days) {
                for (LocalDate expiry : expiries) {
                    for (double strike : strikes) {
                        for (char right : new char[] {'C', 'P'}) {
                            double bid = bid(day, expiry, strike, right);
                            double ask = ask(day, expiry, strike, right);
                            out.write(String.format(Locale.ROOT, "^SPX,%s,SPXW,%s,%.3f,%c,0,0,0,0,0,10,%.2f,10,%.2f,3000,"
                                    + "3001,10,%.2f,10,%.2f,3000,3001,0,100,%n", day, expiry, strike, right, Math.max(0, bid - 0.05),
                                    ask + 0.05, bid, ask));
                        }
                    }
                }
            }
        }
        return file;
    }

    /** One OptionsDX file: a call and a put per row. */
    public static Path optionsDx(Path file, List<LocalDate> days, List<LocalDate> expiries, List<Double> strikes)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(OPTIONSDX_HEADER + "\n");
            for (LocalDate day : days) {
                for (LocalDate expiry : expiries) {
                    for (double strike : strikes) {
                        out.write(String.format(Locale.ROOT, "1583528400, %s 16:00, %s, 16.000000, 3000.00, %s, 1583784000, "
                                + "3.0, 0.5, 0.01, 1.0, -1.0, 0.1, 0.2, 0, 1.0, 10 x 10, %.2f, %.2f, %.1f, %.2f, %.2f, "
                                + "10 x 10, 1.0, -0.5, 0.01, 1.0, -1.0, -0.1, 0.2, 0, 10.0, 0.003%n", day, day, expiry,
                                bid(day, expiry, strike, 'C'), ask(day, expiry, strike, 'C'), strike,
                                bid(day, expiry, strike, 'P'), ask(day, expiry, strike, 'P')));
                    }
                }
            }
        }
        return file;
    }

    /** One long-layout file (the project's own). */
    public static Path longLayout(Path file, List<LocalDate> days, List<LocalDate> expiries, List<Double> strikes)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("underlying,quote_time,expiration,strike,right,bid,ask\n");
            for (LocalDate day : days) {
                for (LocalDate expiry : expiries) {
                    for (double strike : strikes) {
                        for (char right : new char[] {'C', 'P'}) {
                            out.write(String.format(Locale.ROOT, "SPXW,%sT16:00:00-05:00,%s,%.1f,%c,%.2f,%.2f%n", day,
                                    expiry, strike, right, bid(day, expiry, strike, right), ask(day, expiry, strike, right)));
                        }
                    }
                }
            }
        }
        return file;
    }
}
