package org.condordesk.store.chains;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The fast path of a chain import (docs/formats.md §chain store): DuckDB's own CSV reader reads the file with every
 * column named and typed by the layout ({@code read_csv} with {@code auto_detect = false} and explicit {@code columns},
 * https://duckdb.org/docs/stable/data/csv/overview), every row is checked in SQL by the rules of {@link Fields}, and
 * one {@code COPY … TO … (FORMAT parquet, PARTITION_BY (underlying, quote_date))} writes the file's days sorted into
 * the staging folder (https://duckdb.org/docs/stable/data/partitioning/partitioned_writes). A row DuckDB refuses (a
 * cast, too few or too many fields, strict mode: https://duckdb.org/docs/stable/data/csv/reading_faulty_csv_files) or
 * a check fails on stops the copy; the caller then reads the file in Java, which names the first bad line with its
 * reason. So the errors stay those of the line-by-line reader and a clean file costs one pass of DuckDB's parser.
 */
final class DuckCsvCopy {

    /**
     * Rows a Parquet row group holds: a day of SPXW (~35,000 quotes over ~40 expiries, sorted by expiry) becomes ~17
     * groups whose min/max statistics let a read of one expiry skip the others.
     */
    static final int ROW_GROUP_ROWS = 2048;

    private static final String OUTPUT = "underlying, root, quote_date, expiry, strike, \"right\", bid, ask, bid_1545, ask_1545";

    /** Columns each layout reads and their DuckDB types (every other column is read as text and dropped). */
    private static final Map<EodLayout, Map<String, String>> TYPED = Map.of(
            EodLayout.DATASHOP, Map.of("quote_date", "DATE", "expiration", "DATE", "strike", "DOUBLE", "bid_eod", "DOUBLE",
                    "ask_eod", "DOUBLE", "bid_1545", "DOUBLE", "ask_1545", "DOUBLE"),
            EodLayout.OPTIONSDX, Map.of("quote_date", "DATE", "expire_date", "DATE", "strike", "DOUBLE", "c_bid", "DOUBLE",
                    "c_ask", "DOUBLE", "p_bid", "DOUBLE", "p_ask", "DOUBLE"),
            EodLayout.LONG, Map.of("expiration", "DATE", "strike", "DOUBLE", "bid", "DOUBLE", "ask", "DOUBLE"));

    private DuckCsvCopy() {
    }

    /**
     * Copies {@code file} (header {@code names}, already checked by the layout's parser) into {@code staging}; the
     * rows written, or empty when DuckDB or a check refused a row (the staging folder may then hold part of the file).
     */
    static OptionalLong copy(Connection connection, Path file, EodLayout layout, List<String> names, Path staging)
            throws SQLException {
        String sql = "COPY (SELECT " + OUTPUT + " FROM (" + projection(layout, names, source(file, layout, names))
                + ") WHERE CASE WHEN " + refused() + " THEN error('refused') ELSE true END "
                + "ORDER BY underlying, quote_date, root, expiry, strike, \"right\") TO '" + quoted(staging)
                + "' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE " + ROW_GROUP_ROWS
                + ", PARTITION_BY (underlying, quote_date), FILENAME_PATTERN 'part_{uuid}')";
        // The ORDER BY reaches the files only while insertion order is kept (docs: order preservation).
        setInsertionOrder(connection, true);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            long quotes = statement.getUpdateCount();
            // The file's rows: an OptionsDX row holds a call and a put.
            return OptionalLong.of(layout == EodLayout.OPTIONSDX ? quotes / 2 : quotes);
        } catch (SQLException e) {
            return OptionalLong.empty();
        } finally {
            // A statement that failed is closed by the driver: the setting goes back through a new one.
            setInsertionOrder(connection, false);
        }
    }

    static void setInsertionOrder(Connection connection, boolean kept) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET preserve_insertion_order = " + kept);
        }
    }

    /** {@code read_csv} with the header skipped, no quoting (the layouts have none), every column named c0, c1, …. */
    private static String source(Path file, EodLayout layout, List<String> names) {
        Map<String, String> typed = TYPED.get(layout);
        StringBuilder columns = new StringBuilder("{");
        for (int i = 0; i < names.size(); i++) {
            columns.append(i > 0 ? ", " : "").append("'c").append(i).append("': '")
                    .append(typed.getOrDefault(names.get(i), "VARCHAR")).append('\'');
        }
        columns.append('}');
        return "read_csv('" + quoted(file) + "', header = false, skip = 1, delim = ',', quote = '', escape = '', "
                + "auto_detect = false, strict_mode = true, null_padding = false, compression = 'none', "
                + "dateformat = '%Y-%m-%d', columns = " + columns + ")";
    }

    /** The layout's columns as the store's, in SQL (the same mapping as {@link EodLayout}'s Java parsers). */
    private static String projection(EodLayout layout, List<String> names, String source) {
        Columns c = new Columns(names);
        return switch (layout) {
            case DATASHOP -> "SELECT CASE WHEN starts_with(u, '^') THEN substr(u, 2) ELSE u END AS underlying, "
                    + "trim(" + c.of("root") + ") AS root, " + c.of("quote_date") + " AS quote_date, "
                    + c.of("expiration") + " AS expiry, " + c.of("strike") + " AS strike, "
                    + right(c.of("option_type")) + " AS \"right\", coalesce(" + c.of("bid_eod") + ", 0) AS bid, "
                    + "coalesce(" + c.of("ask_eod") + ", 0) AS ask, coalesce(" + c.of("bid_1545") + ", 0) AS bid_1545, "
                    + "coalesce(" + c.of("ask_1545") + ", 0) AS ask_1545 FROM (SELECT *, upper(trim("
                    + c.of("underlying_symbol") + ")) AS u FROM " + source + ")";
            // A call and a put per row: one scan joined to the two sides. A third-Friday expiry is the AM SPX series.
            case OPTIONSDX -> "SELECT 'SPX' AS underlying, CASE WHEN dayofweek(" + c.of("expire_date") + ") = 5 AND ("
                    + "day(" + c.of("expire_date") + ") - 1) // 7 = 2 THEN 'SPX' ELSE 'SPXW' END AS root, "
                    + c.of("quote_date") + " AS quote_date, " + c.of("expire_date") + " AS expiry, " + c.of("strike")
                    + " AS strike, side AS \"right\", coalesce(CASE side WHEN 'C' THEN " + c.of("c_bid") + " ELSE "
                    + c.of("p_bid") + " END, 0) AS bid, coalesce(CASE side WHEN 'C' THEN " + c.of("c_ask") + " ELSE "
                    + c.of("p_ask") + " END, 0) AS ask, CAST(NULL AS DOUBLE) AS bid_1545, CAST(NULL AS DOUBLE) AS "
                    + "ask_1545 FROM " + source + " CROSS JOIN (VALUES ('C'), ('P')) AS sides(side)";
            // quote_time must carry its offset (as OffsetDateTime.parse requires); its New York date is the day.
            case LONG -> "SELECT CASE WHEN starts_with(r, 'VIX') THEN 'VIX' WHEN starts_with(r, 'SPX') THEN 'SPX' "
                    + "ELSE r END AS underlying, r AS root, CASE WHEN regexp_matches(t, '(Z|[+-]\\d\\d:?\\d\\d)$') THEN "
                    + "CAST(timezone('America/New_York', TRY_CAST(t AS TIMESTAMPTZ)) AS DATE) END AS quote_date, "
                    + c.of("expiration") + " AS expiry, " + c.of("strike") + " AS strike, " + right(c.of("right"))
                    + " AS \"right\", coalesce(" + c.of("bid") + ", 0) AS bid, coalesce(" + c.of("ask") + ", 0) AS ask, "
                    + "CAST(NULL AS DOUBLE) AS bid_1545, CAST(NULL AS DOUBLE) AS ask_1545 FROM (SELECT *, upper(trim("
                    + c.of("underlying") + ")) AS r, trim(" + c.of("quote_time") + ") AS t FROM " + source + ")";
        };
    }

    private static String right(String column) {
        return "CASE upper(trim(" + column + ")) WHEN 'C' THEN 'C' WHEN 'CALL' THEN 'C' WHEN 'P' THEN 'P' "
                + "WHEN 'PUT' THEN 'P' END";
    }

    /** A row {@link Fields} would refuse: the same bounds on strike and prices, dates in order, a 1–16 character root. */
    private static String refused() {
        // DuckDB orders NaN above every number, so a range check refuses NaN and ±infinity too (DuckCsvCopyTest); a
        // NULL (an empty strike or date) makes the whole test NULL, which IS NOT FALSE refuses.
        return "(root IS NULL OR length(root) NOT BETWEEN 1 AND 16 OR contains(root, '\"') OR underlying IS NULL "
                + "OR underlying = '' OR expiry < quote_date OR \"right\" IS NULL OR strike <= 0 OR strike > "
                + Fields.MAX_POINTS + " OR NOT (" + price("bid") + " AND " + price("ask") + " AND "
                + price("coalesce(bid_1545, 0)") + " AND " + price("coalesce(ask_1545, 0)") + ")) IS NOT FALSE";
    }

    private static String price(String column) {
        return column + " BETWEEN 0 AND " + Fields.MAX_POINTS;
    }

    private static String quoted(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    /** Header names (lower case, brackets dropped) to the c0, c1, … names {@link #source} gives them. */
    private record Columns(List<String> names) {
        String of(String name) {
            return "c" + names.indexOf(name);
        }
    }
}
