package org.condordesk.store.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionQuote;
import org.condordesk.model.OptionRight;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * Test fixtures in Cboe's delayed-quotes JSON layout (docs/formats.md; the field names public readers of
 * {@code cdn.cboe.com/api/global/delayed_quotes/options/_SPX.json} use), and a loopback HTTP server (127.0.0.1 only)
 * that serves them. No outside network.
 */
public final class DelayedQuotesFixture implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SYMBOL_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final HttpServer server;

    public DelayedQuotesFixture() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    /** Serves {@code handler} at {@code path}. */
    public URI serve(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code body} with status 200 at {@code path}. */
    public URI serve(String path, byte[] body) {
        return serve(path, exchange -> respond(exchange, 200, body));
    }

    static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * {@code chain} in the delayed-quotes layout; {@code padding} adds Cboe's other per-option fields (sizes, greeks,
     * theo, day's change …) that a reader must skip, as the real file carries them.
     */
    public static byte[] json(OptionChain chain, boolean padding) {
        StringBuilder out = new StringBuilder(chain.quotes().size() * (padding ? 420 : 160));
        out.append("{\"timestamp\":\"").append(chain.quoteTime().format(STAMP)).append("\",\"data\":{\"symbol\":\"_")
                .append(chain.underlying()).append("\",");
        chain.underlyingPrice().ifPresent(p -> out.append("\"current_price\":").append(p).append(','));
        out.append("\"options\":[");
        boolean first = true;
        for (OptionQuote q : chain.quotes()) {
            out.append(first ? "" : ",").append("{\"option\":\"").append(symbol(q)).append("\",\"bid\":").append(q.bid())
                    .append(",\"ask\":").append(q.ask());
            out.append(",\"volume\":").append(q.volume().isPresent() ? Long.toString(q.volume().getAsLong()) : "null");
            out.append(",\"open_interest\":")
                    .append(q.openInterest().isPresent() ? Long.toString(q.openInterest().getAsLong()) : "null");
            if (padding) {
                out.append(",\"bid_size\":10,\"ask_size\":12,\"iv\":0.1523,\"delta\":-0.2117,\"gamma\":0.0011,"
                        + "\"theta\":-1.2345,\"vega\":3.4567,\"rho\":-0.5432,\"theo\":12.34,\"change\":-0.45,\"open\":13.1,"
                        + "\"high\":13.9,\"low\":11.8,\"tick\":\"down\",\"last_trade_price\":12.3,"
                        + "\"last_trade_time\":\"2026-11-25T09:59:58\",\"percent_change\":-3.52,\"prev_day_close\":12.75");
            }
            out.append('}');
            first = false;
        }
        return out.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String symbol(OptionQuote q) {
        return q.root().name() + q.expiry().format(SYMBOL_DATE) + (q.right() == OptionRight.CALL ? "C" : "P")
                + String.format(Locale.ROOT, "%08d", Math.round(q.strike() * 1000));
    }
}
