package org.condordesk.store.csv;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionQuote;
import org.condordesk.model.Check;
import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;

/**
 * Writes a chain in either layout {@link ChainCsv} reads: Cboe's quote table (IV, Delta and Gamma written as 0,
 * since CondorDesk computes its own; last sale, volume and open interest as given or 0) or the long layout.
 * Used to produce the synthetic samples in samples/chains and the benchmark's full chain.
 */
public final class ChainCsvWriter {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("EEE MMM dd uuuu", Locale.US);
    private static final DateTimeFormatter QUOTE_TIME = DateTimeFormatter.ofPattern("MMMM d, uuuu 'at' h:mm a zzz",
            Locale.US);

    private ChainCsvWriter() {
    }

    /** Cboe's layout; {@code indexName} is the first header field ("SP 500 INDEX"); rows by root, expiry, strike. */
    public static String cboeQuoteTable(OptionChain chain, String indexName) {
        StringBuilder out = new StringBuilder(chain.quotes().size() * 80);
        double last = chain.underlyingPrice().orElse(0);
        ZonedDateTime time = chain.quoteTime().withZoneSameInstant(Instrument.NEW_YORK);
        out.append('\n').append(indexName).append(",Last: ").append(Check.format(last)).append(",Change: 0\n");
        out.append("\"Date: ").append(QUOTE_TIME.format(time)).append("\",Bid: ").append(Check.format(last))
                .append(",Ask: ").append(Check.format(last)).append(",Size: 1*1,Volume: 0\n");
        out.append(CboeQuoteTable.HEADER).append('\n');
        for (OptionQuote[] pair : pairs(chain)) {
            OptionQuote call = pair[0];
            OptionQuote put = pair[1];
            out.append(EXPIRY.format(call.expiry())).append(',');
            side(out, call);
            out.append(String.format(Locale.ROOT, "%.2f", call.strike())).append(',');
            side(out, put);
            out.setLength(out.length() - 1);
            out.append('\n');
        }
        return out.toString();
    }

    /** The long layout, every column: {@code underlying,quote_time,expiration,strike,right,bid,ask,last,volume,open_interest}. */
    public static String longLayout(OptionChain chain) {
        StringBuilder out = new StringBuilder(chain.quotes().size() * 70);
        out.append("underlying,quote_time,expiration,strike,right,bid,ask,last,volume,open_interest\n");
        String time = chain.quoteTime().toOffsetDateTime().toString();
        for (OptionQuote q : chain.quotes()) {
            out.append(q.root()).append(',').append(time).append(',').append(q.expiry()).append(',')
                    .append(Check.format(q.strike())).append(',').append(q.right() == OptionRight.CALL ? 'C' : 'P')
                    .append(',').append(Check.format(q.bid())).append(',').append(Check.format(q.ask())).append(',')
                    .append(q.last().isPresent() ? Check.format(q.last().getAsDouble()) : "").append(',')
                    .append(q.volume().isPresent() ? Long.toString(q.volume().getAsLong()) : "").append(',')
                    .append(q.openInterest().isPresent() ? Long.toString(q.openInterest().getAsLong()) : "")
                    .append('\n');
        }
        return out.toString();
    }

    private static void side(StringBuilder out, OptionQuote q) {
        String symbol = q.root() + q.expiry().format(DateTimeFormatter.ofPattern("yyMMdd"))
                + (q.right() == OptionRight.CALL ? 'C' : 'P') + String.format(Locale.ROOT, "%08d", Math.round(q.strike() * 1000));
        out.append(symbol).append(',').append(Check.format(q.last().orElse(0))).append(",0,")
                .append(Check.format(q.bid())).append(',').append(Check.format(q.ask())).append(',')
                .append(q.volume().orElse(0)).append(",0,0,0,").append(q.openInterest().orElse(0)).append(',');
    }

    /** Call and put of each root, expiry and strike; both must be in the chain for the side-by-side layout. */
    private static List<OptionQuote[]> pairs(OptionChain chain) {
        Map<String, OptionQuote[]> pairs = new LinkedHashMap<>();
        for (OptionQuote q : chain.quotes()) {
            OptionQuote[] pair = pairs.computeIfAbsent(q.root() + "|" + q.expiry() + "|" + q.strike(), k -> new OptionQuote[2]);
            pair[q.right() == OptionRight.CALL ? 0 : 1] = q;
        }
        List<OptionQuote[]> rows = new ArrayList<>();
        for (OptionQuote[] pair : pairs.values()) {
            if (pair[0] == null || pair[1] == null) {
                throw new IllegalArgumentException("the Cboe layout needs both the call and the put of "
                        + OptionChain.describe(pair[0] == null ? pair[1] : pair[0]));
            }
            rows.add(pair);
        }
        // as Cboe orders them: by expiry, then strike, SPX before SPXW at one strike
        rows.sort(Comparator.comparing((OptionQuote[] p) -> p[0].expiry()).thenComparingDouble(p -> p[0].strike())
                .thenComparing(p -> p[0].root()));
        return rows;
    }
}
