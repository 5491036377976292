package org.condordesk.store.library;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.VxDailySettle;

/**
 * VIX futures daily settlements kept in the library database ({@code vx_settle}, docs/library.md), upserted by
 * contract and trade date so a re-import of a contract's file replaces its overlapping days. Thread-safe.
 */
public final class VxSettleStore implements AutoCloseable {

    private static final String UPSERT = "INSERT INTO vx_settle (contract, expiry, day, settle) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (contract, day) DO UPDATE SET expiry = excluded.expiry, settle = excluded.settle";

    /** What is stored: contracts, rows, first and last trade date (absent when empty). */
    public record Summary(int contracts, int rows, Optional<LocalDate> first, Optional<LocalDate> last) {
    }

    private final Path file;
    private final Connection connection;

    private VxSettleStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating or migrating) the library database at {@code file} for its VX settlement table. */
    public static VxSettleStore open(Path file) {
        Path absolute = file.toAbsolutePath();
        return new VxSettleStore(absolute, LibraryConnections.openForWriting(absolute));
    }

    /** Stores every row in one transaction (all or nothing); returns the rows written. */
    public synchronized int upsert(List<VxDailySettle> settles) {
        return LibraryConnections.batch(connection, file, "storing VX settlements in", UPSERT, settles.size(),
                (statement, i) -> {
                    VxDailySettle settle = settles.get(i);
                    statement.setString(1, settle.contract());
                    statement.setString(2, settle.expiry().toString());
                    statement.setString(3, settle.day().toString());
                    statement.setDouble(4, settle.settlePoints());
                });
    }

    /** Every stored settlement, by trade date then settlement date. */
    public synchronized List<VxDailySettle> all() {
        List<VxDailySettle> out = new ArrayList<>();
        String sql = "SELECT contract, expiry, day, settle FROM vx_settle ORDER BY day, expiry";
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                out.add(new VxDailySettle(rows.getString(1), LocalDate.parse(rows.getString(2)),
                        LocalDate.parse(rows.getString(3)), rows.getDouble(4)));
            }
        } catch (SQLException e) {
            throw LibraryConnections.failure(file, "reading VX settlements from", e);
        }
        return out;
    }

    /** Contracts, rows and the trade-date range stored. */
    public synchronized Summary summary() {
        String sql = "SELECT COUNT(DISTINCT contract), COUNT(*), MIN(day), MAX(day) FROM vx_settle";
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            String first = rows.getString(3);
            String last = rows.getString(4);
            return new Summary(rows.getInt(1), rows.getInt(2), Optional.ofNullable(first).map(LocalDate::parse),
                    Optional.ofNullable(last).map(LocalDate::parse));
        } catch (SQLException e) {
            throw LibraryConnections.failure(file, "listing VX settlements in", e);
        }
    }

    /** Deletes every stored settlement; returns the rows deleted. */
    public synchronized int deleteAll() {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("DELETE FROM vx_settle");
        } catch (SQLException e) {
            throw LibraryConnections.failure(file, "deleting VX settlements from", e);
        }
    }

    @Override
    public synchronized void close() {
        LibraryConnections.closeQuietly(connection);
    }
}
