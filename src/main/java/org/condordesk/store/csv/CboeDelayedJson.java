package org.condordesk.store.csv;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionQuote;
import org.condordesk.market.QuoteCondition;
import org.condordesk.model.Instrument;
import org.condordesk.model.ValidationException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Cboe's delayed-quotes JSON ({@code https://cdn.cboe.com/api/global/delayed_quotes/options/_SPX.json}, docs/formats.md):
 * {@code {"timestamp": "yyyy-MM-dd HH:mm:ss", "data": {"current_price": …, "options": [{"option": "SPXW261209P07350000",
 * "bid": …, "ask": …, "last_trade_price": …, "volume": …, "open_interest": …, "iv": …, "delta": …}, …]}}}. Read as a
 * stream (a full SPX file is 15 MB or more), one option object at a time. The timestamp without an offset is New York
 * time. Other fields are ignored; CondorDesk computes vols and greeks itself.
 */
public final class CboeDelayedJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private CboeDelayedJson() {
    }

    /** The chain in {@code in}; {@code source} names it in errors (a URL or a file). */
    public static ChainFile read(InputStream in, String source) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return new Reader(parser, source).read();
        } catch (JsonProcessingException e) {
            throw new ValidationException(source, "is not Cboe delayed-quotes JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse("bad JSON"));
        }
    }

    private static final class Reader {
        private final JsonParser parser;
        private final String source;
        private final List<OptionQuote> quotes = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final Map<QuoteCondition, Integer> counts = new EnumMap<>(QuoteCondition.class);
        private final Map<QuoteCondition, List<Integer>> positions = new EnumMap<>(QuoteCondition.class);
        private ZonedDateTime quoteTime;
        private OptionalDouble price = OptionalDouble.empty();
        private boolean sawOptions;

        Reader(JsonParser parser, String source) {
            this.parser = parser;
            this.source = source;
        }

        ChainFile read() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ValidationException(source, "is not Cboe delayed-quotes JSON: it is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("timestamp")) {
                    quoteTime = time(parser.getValueAsString());
                } else if (name.equals("data") && parser.currentToken() == JsonToken.START_OBJECT) {
                    data();
                } else {
                    parser.skipChildren();
                }
            }
            if (quoteTime == null) {
                throw new ValidationException(source + ": timestamp", "missing: the quote time is needed");
            }
            if (!sawOptions || quotes.isEmpty()) {
                throw new ValidationException(source + ": data.options", "has no option quotes");
            }
            OptionChain chain;
            try {
                chain = new OptionChain(quotes.get(0).root().underlying(), price, quoteTime, quotes);
            } catch (ValidationException e) {
                throw new ValidationException(source, e.reason());
            }
            List<QuoteFlag> flags = new ArrayList<>();
            counts.forEach((condition, count) -> flags.add(new QuoteFlag(condition, count, positions.get(condition))));
            return new ChainFile(chain, ChainLayout.CBOE_DELAYED_JSON, quotes.size(), flags);
        }

        private void data() throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (name.equals("options") && token == JsonToken.START_ARRAY) {
                    sawOptions = true;
                    int index = 0;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        option(MAPPER.readTree(parser), index++);
                    }
                } else if ((name.equals("current_price") || name.equals("close")) && token.isNumeric()
                        && price.isEmpty() && parser.getDoubleValue() > 0) {
                    price = OptionalDouble.of(parser.getDoubleValue());
                } else {
                    parser.skipChildren();
                }
            }
        }

        private void option(JsonNode node, int index) {
            String where = source + ": data.options[" + index + "]";
            JsonNode symbol = node.get("option");
            if (symbol == null || !symbol.isTextual()) {
                throw new ValidationException(where + ".option", "missing: the option symbol is needed");
            }
            OccSymbol.Parsed parsed = OccSymbol.parse(symbol.asText(), where + ".option");
            if (quotes.size() >= OptionChain.MAX_QUOTES) {
                throw new ValidationException(where, "more than " + OptionChain.MAX_QUOTES + " quotes: this is not one chain");
            }
            if (!seen.add(symbol.asText())) {
                throw new ValidationException(where, "a second quote for " + symbol.asText());
            }
            OptionQuote quote = new OptionQuote(parsed.root(), parsed.expiry(), parsed.strike(), parsed.right(),
                    price(node, "bid", where), price(node, "ask", where), optionalPrice(node, "last_trade_price", where),
                    count(node, "volume", where), count(node, "open_interest", where));
            if (!quotes.isEmpty() && !quotes.get(0).root().underlying().equals(parsed.root().underlying())) {
                throw new ValidationException(where, parsed.root() + " options in a chain of "
                        + quotes.get(0).root().underlying() + " options");
            }
            quotes.add(quote);
            QuoteCondition condition = quote.condition();
            if (condition != QuoteCondition.TWO_SIDED) {
                counts.merge(condition, 1, Integer::sum);
                List<Integer> first = positions.computeIfAbsent(condition, c -> new ArrayList<>());
                if (first.size() < ChainRows.LINES_KEPT) {
                    first.add(index + 1);
                }
            }
        }

        /** A bid or ask: absent or null is an empty side (0, as the exchange writes it). */
        private static double price(JsonNode node, String field, String where) {
            return optionalPrice(node, field, where).orElse(0);
        }

        private static OptionalDouble optionalPrice(JsonNode node, String field, String where) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return OptionalDouble.empty();
            }
            if (!value.isNumber() || !(value.asDouble() >= 0) || Double.isInfinite(value.asDouble())) {
                throw new ValidationException(where + "." + field, "must be a price >= 0, got " + value);
            }
            return OptionalDouble.of(value.asDouble());
        }

        private static OptionalLong count(JsonNode node, String field, String where) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return OptionalLong.empty();
            }
            if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() != Math.rint(value.asDouble())) {
                throw new ValidationException(where + "." + field, "must be a whole number >= 0, got " + value);
            }
            return OptionalLong.of(value.asLong());
        }

        private ZonedDateTime time(String text) {
            if (text == null) {
                throw new ValidationException(source + ": timestamp", "must be a date-time text");
            }
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(Instrument.NEW_YORK);
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(text, PLAIN).atZone(Instrument.NEW_YORK);
                } catch (DateTimeParseException e) {
                    throw new ValidationException(source + ": timestamp", "'" + text
                            + "' is not a date-time like 2026-11-25 10:00:00 (New York) or 2026-11-25T10:00:00-05:00");
                }
            }
        }
    }
}
