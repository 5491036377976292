package org.condordesk.model;

/** The current price per share of a VIX-futures ETF/ETN. */
public record EtfQuote(String symbol, double price) {

    public EtfQuote {
        Check.name("symbol", symbol, VixEtf.MAX_SYMBOL_CHARS);
        Check.positive("price", price);
    }
}
