package org.condordesk.store.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.AdvanceDeclineSeries;
import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.store.HistoryCsv;

/**
 * Imported daily market history kept in the library database ({@code history_bar}, docs/library.md), upserted by
 * symbol and date so a re-import replaces overlapping days and loads instantly next time. Thread-safe.
 */
public final class HistoryStore implements AutoCloseable {

    /** The symbol an Advance–Decline line is stored under. */
    public static final String AD_SYMBOL = "$AD";
    /** The bundled real histories (samples/history) that seed an empty table: symbol and resource. */
    public static final List<String[]> BUNDLED = List.of(
            new String[] {"SPX", "/samples/history/SPX_History.csv"},
            new String[] {"VIX", "/samples/history/VIX_History.csv"},
            new String[] {"VIX3M", "/samples/history/VIX3M_History.csv"});

    private static final String UPSERT = "INSERT INTO history_bar (symbol, day, open, high, low, close) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (symbol, day) DO UPDATE SET open = excluded.open, "
            + "high = excluded.high, low = excluded.low, close = excluded.close";

    /** One stored symbol: its row count and first and last day. */
    public record SymbolSummary(String symbol, int days, LocalDate first, LocalDate last) {
    }

    private final Path file;
    private final Connection connection;

    private HistoryStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating or migrating) the library database at {@code file} for its history table. */
    public static HistoryStore open(Path file) {
        Path absolute = file.toAbsolutePath();
        return new HistoryStore(absolute, LibraryConnections.openForWriting(absolute));
    }

    /** Stores {@code series}, replacing days already stored for its symbol; returns the rows written. */
    public synchronized int upsert(DailySeries series) {
        return write("storing history in", series.symbol(), series.bars().size(), (statement, i) -> {
            DailyBar bar = series.bars().get(i);
            statement.setString(2, bar.date().toString());
            statement.setDouble(3, bar.open());
            statement.setDouble(4, bar.high());
            statement.setDouble(5, bar.low());
            statement.setDouble(6, bar.close());
        });
    }

    /** Stores an Advance–Decline line under {@link #AD_SYMBOL}. */
    public synchronized int upsert(AdvanceDeclineSeries line) {
        return write("storing A/D history in", AD_SYMBOL, line.points().size(), (statement, i) -> {
            AdvanceDeclineSeries.Point point = line.points().get(i);
            statement.setString(2, point.date().toString());
            statement.setNull(3, java.sql.Types.REAL);
            statement.setNull(4, java.sql.Types.REAL);
            statement.setNull(5, java.sql.Types.REAL);
            statement.setDouble(6, point.adLine());
        });
    }

    /** The stored price history of {@code symbol}, if any. */
    public synchronized Optional<DailySeries> load(String symbol) {
        List<DailyBar> bars = new ArrayList<>();
        query("reading history from", "SELECT day, open, high, low, close FROM history_bar WHERE symbol = ? AND open IS NOT NULL ORDER BY day",
                symbol, rows -> bars.add(new DailyBar(LocalDate.parse(rows.getString(1)), rows.getDouble(2),
                        rows.getDouble(3), rows.getDouble(4), rows.getDouble(5))));
        return bars.isEmpty() ? Optional.empty() : Optional.of(new DailySeries(symbol, bars));
    }

    /** The stored Advance–Decline line, if any. */
    public synchronized Optional<AdvanceDeclineSeries> loadAdvanceDecline() {
        List<AdvanceDeclineSeries.Point> points = new ArrayList<>();
        query("reading A/D history from", "SELECT day, close FROM history_bar WHERE symbol = ? ORDER BY day", AD_SYMBOL,
                rows -> points.add(new AdvanceDeclineSeries.Point(LocalDate.parse(rows.getString(1)), rows.getDouble(2))));
        return points.isEmpty() ? Optional.empty() : Optional.of(new AdvanceDeclineSeries("library", points));
    }

    /** Every stored symbol with its extent, by symbol. */
    public synchronized List<SymbolSummary> symbols() {
        List<SymbolSummary> out = new ArrayList<>();
        String sql = "SELECT symbol, COUNT(*), MIN(day), MAX(day) FROM history_bar GROUP BY symbol ORDER BY symbol";
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                out.add(new SymbolSummary(rows.getString(1), rows.getInt(2), LocalDate.parse(rows.getString(3)),
                        LocalDate.parse(rows.getString(4))));
            }
        } catch (SQLException e) {
            throw LibraryConnections.failure(file, "listing history in", e);
        }
        return out;
    }

    /** Deletes every stored day of {@code symbol}; returns the rows deleted. */
    public synchronized int delete(String symbol) {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM history_bar WHERE symbol = ?")) {
            statement.setString(1, symbol);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw LibraryConnections.failure(file, "deleting history from", e);
        }
    }

    /**
     * On first run (no rows for a bundled symbol) loads the bundled real histories from the class path; returns
     * the symbols seeded.
     */
    public synchronized List<String> seedBundled() {
        List<String> seeded = new ArrayList<>();
        List<String> present = symbols().stream().map(SymbolSummary::symbol).toList();
        for (String[] bundled : BUNDLED) {
            if (present.contains(bundled[0])) {
                continue;
            }
            try (InputStream in = HistoryStore.class.getResourceAsStream(bundled[1])) {
                if (in == null) {
                    continue;
                }
                upsert(HistoryCsv.read(in, bundled[1], bundled[0]));
                seeded.add(bundled[0]);
            } catch (IOException e) {
                throw new LibraryException("reading the bundled history " + bundled[1] + " failed: " + e.getMessage(), e);
            }
        }
        return seeded;
    }

    @Override
    public synchronized void close() {
        LibraryConnections.closeQuietly(connection);
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    /** Upserts {@code count} rows of {@code symbol} in one transaction (the symbol is the statement's first column). */
    private int write(String action, String symbol, int count, LibraryConnections.RowBinder binder) {
        // On a full disk SQLite has already rolled back: LibraryConnections.batch keeps "the disk holding … is full"
        // as the error, not a second rollback's "no transaction is active" (issue 26 §7).
        return LibraryConnections.batch(connection, file, action, UPSERT, count, (statement, i) -> {
            statement.setString(1, symbol);
            binder.bind(statement, i);
        });
    }

    private void query(String action, String sql, String symbol, RowReader reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, symbol);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw LibraryConnections.failure(file, action, e);
        }
    }
}
