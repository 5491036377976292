package org.condordesk.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The daily-history CSV layouts CondorDesk reads, recognised by their header line (docs/formats.md). */
public enum HistoryLayout {
    /** Cboe's index history download: {@code DATE,OPEN,HIGH,LOW,CLOSE}, dates MM/DD/YYYY (ISO also read). */
    CBOE("DATE,OPEN,HIGH,LOW,CLOSE", true),
    /** Yahoo Finance download: {@code Date,Open,High,Low,Close,Adj Close,Volume}, ISO dates; Close is used. */
    YAHOO("Date,Open,High,Low,Close,Adj Close,Volume", true),
    /** Stooq download: {@code Date,Open,High,Low,Close,Volume}, ISO dates. */
    STOOQ("Date,Open,High,Low,Close,Volume", true),
    /** Daily breadth counts: {@code date,advancers,decliners}; the A/D line is their cumulative difference. */
    AD_COUNTS("date,advancers,decliners", false),
    /** A ready A/D line: {@code date,ad_line}. */
    AD_LINE("date,ad_line", false);

    private final String header;
    private final boolean prices;

    HistoryLayout(String header, boolean prices) {
        this.header = header;
        this.prices = prices;
    }

    /** The header as the source writes it. */
    public String header() {
        return header;
    }

    /** True for the OHLC price layouts, false for the A/D layouts. */
    public boolean isPrices() {
        return prices;
    }

    public int columns() {
        return header.split(",").length;
    }

    /** The layout whose header this is (case, spaces, quotes and a byte-order mark ignored). */
    public static Optional<HistoryLayout> detect(String headerLine) {
        String normalised = normalise(headerLine);
        return Arrays.stream(values()).filter(layout -> normalise(layout.header).equals(normalised)).findFirst();
    }

    /** The headers of the layouts of one kind, for an error message. */
    public static String expected(boolean prices) {
        List<String> headers = Arrays.stream(values()).filter(l -> l.prices == prices).map(HistoryLayout::header).toList();
        return String.join(" | ", headers);
    }

    private static String normalise(String line) {
        return line.replace("\uFEFF", "").replace("\"", "").replace(" ", "").replace("_", "")
                .trim().toLowerCase(Locale.ROOT);
    }
}
