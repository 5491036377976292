package org.condordesk.store.chains;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.condordesk.model.ValidationException;

/**
 * End-of-day option chains in an embedded columnar store (docs/formats.md §chain store): Parquet files written and
 * read by DuckDB, partitioned by underlying and quote date, {@code <folder>/underlying=SPX/quote_date=2020-03-16/},
 * each partition one day of one underlying, rows sorted by root, expiry, strike and right. SQLite stays the scenario
 * library; this store holds the history that runs to tens of millions of rows. DuckDB loads only when a store is
 * opened (never on the window's start-up path). One store object per thread.
 */
public final class ChainStore implements AutoCloseable {

    /** The store's folder beside a library file: {@code library.db} → {@code library.chains/}. */
    public static Path folderFor(Path libraryFile) {
        String name = libraryFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return libraryFile.toAbsolutePath().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".chains");
    }

    /** One stored root: its first and last quote date and rows. */
    public record RootSummary(String underlying, String root, LocalDate from, LocalDate to, long rows) {
    }

    /** One quote read back: strike, right (C or P), end-of-day bid and ask, and the 15:45 bid and ask (NaN if absent). */
    public record StoredQuote(double strike, char right, double bid, double ask, double bid1545, double ask1545) {
    }

    private final Path folder;
    private final Connection connection;

    private ChainStore(Path folder, Connection connection) {
        this.folder = folder;
        this.connection = connection;
    }

    /** Opens the store in {@code folder} (created on the first import). */
    public static ChainStore open(Path folder) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                // Two shared cores: DuckDB's own threads would only contend with the app's.
                statement.execute("SET threads = 2");
                statement.execute("SET memory_limit = '512MB'");
                statement.execute("SET preserve_insertion_order = false");
                // A backtest reads the same day files again and again: keep their footers parsed (DuckDB's
                // parquet_metadata_cache setting; refused by a DuckDB without it, which open() would report).
                statement.execute("SET parquet_metadata_cache = true");
            }
            return new ChainStore(folder.toAbsolutePath(), connection);
        } catch (SQLException e) {
            throw new IllegalStateException("the chain store cannot start DuckDB: " + oneLine(e), e);
        }
    }

    public Path folder() {
        return folder;
    }

    Connection connection() {
        return connection;
    }

    /** The day file of {@code underlying} on {@code day}, where it would be. */
    Path partition(String underlying, LocalDate day) {
        return folder.resolve("underlying=" + underlying).resolve("quote_date=" + day);
    }

    /** Every stored root with its range and rows, by underlying and root. */
    public List<RootSummary> roots() {
        List<RootSummary> out = new ArrayList<>();
        if (!hasData()) {
            return out;
        }
        String sql = "SELECT underlying, root, MIN(quote_date), MAX(quote_date), COUNT(*) FROM read_parquet('"
                + glob() + "', hive_partitioning = true, hive_types = {'underlying': VARCHAR, 'quote_date': DATE}) "
                + "GROUP BY ALL ORDER BY underlying, root";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                out.add(new RootSummary(rows.getString(1), rows.getString(2), rows.getObject(3, LocalDate.class),
                        rows.getObject(4, LocalDate.class), rows.getLong(5)));
            }
        } catch (SQLException e) {
            throw failure("listing", e);
        }
        return out;
    }

    /**
     * One expiry's chain of {@code root} on {@code day}, by strike then right; empty when the store has none. Reads the
     * day's files by their exact paths (no glob to expand) and, the rows being sorted by root and expiry in row groups
     * of {@link DuckCsvCopy#ROW_GROUP_ROWS}, DuckDB's min/max statistics skip the other expiries' groups.
     */
    public List<StoredQuote> chain(String underlying, String root, LocalDate day, LocalDate expiry) {
        List<StoredQuote> out = new ArrayList<>();
        List<String> files = files(partition(underlying, day));
        if (files.isEmpty()) {
            return out;
        }
        String sql = "SELECT strike, \"right\", bid, ask, bid_1545, ask_1545 FROM read_parquet(" + list(files)
                + ") WHERE root = ? AND expiry = ? ORDER BY strike, \"right\"";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, root);
            statement.setObject(2, expiry);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(new StoredQuote(rows.getDouble(1), rows.getString(2).charAt(0), rows.getDouble(3),
                            rows.getDouble(4), nanIfNull(rows, 5), nanIfNull(rows, 6)));
                }
            }
        } catch (SQLException e) {
            throw failure("reading", e);
        }
        return out;
    }

    /**
     * The two-sided quotes (bid &gt; 0, ask ≥ bid) of one expiry of {@code root} on every stored day from {@code from}
     * to {@code expiry}, by day, in one query (the backtest's read: a condor's legs are marked on each day until they
     * settle, so one read per trade, not per day). Days the store has with no such quote map to an empty list.
     */
    public Map<LocalDate, List<StoredQuote>> expiryFrom(String underlying, String root, LocalDate from, LocalDate expiry) {
        Map<LocalDate, List<StoredQuote>> out = new TreeMap<>();
        List<String> files = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(expiry); day = day.plusDays(1)) {
            List<String> dayFiles = files(partition(underlying, day));
            if (!dayFiles.isEmpty()) {
                files.addAll(dayFiles);
                out.put(day, new ArrayList<>());
            }
        }
        if (files.isEmpty()) {
            return out;
        }
        // The day as epoch days (an integer is read far faster than a DATE object through JDBC).
        String sql = "SELECT CAST(quote_date - DATE '1970-01-01' AS INTEGER), strike, \"right\", bid, ask FROM "
                + "read_parquet(" + list(files) + ", hive_partitioning = true, hive_types = {'underlying': VARCHAR, "
                + "'quote_date': DATE}) WHERE root = ? AND expiry = ? AND bid > 0 AND ask >= bid";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, root);
            statement.setObject(2, expiry);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.get(LocalDate.ofEpochDay(rows.getInt(1))).add(new StoredQuote(rows.getDouble(2),
                            rows.getString(3).charAt(0), rows.getDouble(4), rows.getDouble(5), Double.NaN, Double.NaN));
                }
            }
        } catch (SQLException e) {
            throw failure("reading", e);
        }
        return out;
    }

    /** Receives the rows of {@link #twoSidedQuotes}: day, root, expiry, strike, right (C or P), bid, ask. */
    public interface QuoteSink {
        void accept(LocalDate day, String root, LocalDate expiry, double strike, char right, double bid, double ask);
    }

    /**
     * Every two-sided quote (bid &gt; 0, ask ≥ bid) of {@code underlying} from {@code from} to {@code to} whose root,
     * expiry and strike are among those given, in one query over the days' files by exact path. The lists go in as
     * IN filters, which DuckDB checks against each row group's min/max (rows are sorted by root, expiry, strike), so
     * a day's file is read only where those expiries lie. The caller keeps the combinations it wants.
     */
    public void twoSidedQuotes(String underlying, LocalDate from, LocalDate to, Collection<String> roots,
                               Collection<LocalDate> expiries, Collection<Double> strikes, QuoteSink sink) {
        List<String> files = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            files.addAll(files(partition(underlying, day)));
        }
        if (files.isEmpty() || roots.isEmpty() || expiries.isEmpty() || strikes.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("SELECT CAST(quote_date - DATE '1970-01-01' AS INTEGER), root, "
                + "CAST(expiry - DATE '1970-01-01' AS INTEGER), strike, \"right\" = 'C', bid, ask FROM read_parquet(")
                .append(list(files)).append(", hive_partitioning = true, hive_types = {'underlying': VARCHAR, "
                + "'quote_date': DATE}) WHERE ");
        sql.append(among("root", roots.stream().map(root -> "'" + root.replace("'", "''") + "'").toList())).append(" AND ")
                .append(among("expiry", expiries.stream().map(e -> "DATE '" + e + "'").toList())).append(" AND ")
                .append(among("strike", strikes.stream().map(k -> Double.toString(k)).toList()))
                .append(" AND bid > 0 AND ask >= bid");
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql.toString())) {
            while (rows.next()) {
                sink.accept(LocalDate.ofEpochDay(rows.getInt(1)), rows.getString(2), LocalDate.ofEpochDay(rows.getInt(3)),
                        rows.getDouble(4), rows.getBoolean(5) ? 'C' : 'P', rows.getDouble(6), rows.getDouble(7));
            }
        } catch (SQLException e) {
            throw failure("reading", e);
        }
    }

    /** The Parquet files of one day partition, by exact path; none when the day is not stored. */
    private static List<String> files(Path dayFolder) {
        if (!Files.isDirectory(dayFolder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dayFolder)) {
            return listing.map(Path::toString).filter(name -> name.endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("listing " + dayFolder + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * {@code column = v} for one value, else {@code column IN (…)}: an equality is a filter DuckDB checks against each
     * row group's min/max; an IN list is only an optional one (EXPLAIN ANALYZE: 38 of 294 row groups read for one
     * expiry over 34 day files, 278 of 635 for eight over 70).
     */
    private static String among(String column, List<String> literals) {
        return literals.size() == 1 ? column + " = " + literals.get(0) : column + " IN (" + String.join(", ", literals) + ")";
    }

    /** A DuckDB list literal of file paths. */
    private static String list(List<String> files) {
        StringBuilder out = new StringBuilder("[");
        for (String file : files) {
            out.append(out.length() > 1 ? ", '" : "'").append(file.replace("'", "''")).append('\'');
        }
        return out.append(']').toString();
    }

    /** Deletes every stored day of {@code underlying}; returns the days deleted. */
    public int delete(String underlying) throws IOException {
        Path dir = folder.resolve("underlying=" + underlying.toUpperCase(Locale.ROOT));
        if (!Files.isDirectory(dir)) {
            throw new ValidationException(underlying, "no chains of that underlying are stored");
        }
        int days;
        try (Stream<Path> listing = Files.list(dir)) {
            days = (int) listing.count();
        }
        ChainImport.deleteTree(dir);
        return days;
    }

    boolean hasData() {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.anyMatch(p -> p.getFileName().toString().startsWith("underlying="));
        } catch (IOException e) {
            return false;
        }
    }

    String glob() {
        return folder.resolve("underlying=*").resolve("quote_date=*").resolve("*.parquet").toString().replace("'", "''");
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a connection we are done with: nothing to save
        }
    }

    private static double nanIfNull(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    IllegalStateException failure(String action, SQLException e) {
        return new IllegalStateException(action + " the chain store " + folder + " failed: " + oneLine(e), e);
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
