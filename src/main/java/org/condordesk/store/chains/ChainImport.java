package org.condordesk.store.chains;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.condordesk.model.ValidationException;
import org.condordesk.store.AtomicFiles;
import org.condordesk.store.CountingInputStream;
import org.condordesk.store.InputFiles;
import org.condordesk.store.csv.ImportProgress;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Streams end-of-day chain files into the {@link ChainStore} (docs/formats.md §chain store). A clean file is read by
 * DuckDB's own CSV reader and written in one sorted, partitioned COPY ({@link DuckCsvCopy}); a file DuckDB or the
 * checks refuse is read line by line (never whole into memory), which names the first bad line, and appended to
 * DuckDB in batches. Either way the Parquet goes into a staging folder partitioned by underlying and quote date. Only
 * when the whole file has been read are its day partitions moved into the store, each by one rename, and a marker for
 * the file written. So a killed import leaves every visible day whole: the next import restores a day moved aside but
 * not replaced, deletes the staging, and re-imports the files without a marker (resuming where it stopped); files with
 * one are skipped. A day imported again replaces the stored day.
 */
public final class ChainImport {

    /** Rows appended before a batch is written out: bounds DuckDB's memory to about 100 MB. */
    static final int BATCH_ROWS = 1_000_000;
    static final long MAX_BYTES = 64L * 1024 * 1024 * 1024;
    private static final String IMPORTS = "_imports";

    /** What an import did: files read, files skipped (imported before), rows and day partitions written. */
    public record Result(int filesImported, int filesSkipped, long rows, int days) {
    }

    private ChainImport() {
    }

    /** Imports {@code files} in {@code layout} into {@code store}; a bad row stops with its file and line. */
    public static Result run(ChainStore store, List<Path> files, EodLayout layout, ImportProgress progress)
            throws IOException {
        recover(store.folder());
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        long[] done = {0};
        int imported = 0;
        int skipped = 0;
        long rows = 0;
        int days = 0;
        for (Path file : files) {
            Path marker = store.folder().resolve(IMPORTS).resolve(key(file) + ".done");
            long size = Files.size(file);
            if (Files.exists(marker)) {
                skipped++;
            } else {
                long base = done[0];
                ImportProgress scaled = new Scaled(progress, base, total);
                long[] counts = importFile(store, file, layout, scaled);
                rows += counts[0];
                days += (int) counts[1];
                Files.createDirectories(marker.getParent());
                AtomicFiles.writePrivate(marker, (file.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
                imported++;
            }
            done[0] += size;
            progress.update(done[0], total);
        }
        return new Result(imported, skipped, rows, days);
    }

    private static long[] importFile(ChainStore store, Path file, EodLayout layout, ImportProgress progress)
            throws IOException {
        Path staging = store.folder().resolve(".staging-" + key(file));
        deleteTree(staging);
        Files.createDirectories(staging);
        DuckDBConnection connection = (DuckDBConnection) store.connection();
        String source = file.getFileName().toString();
        long rows;
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE OR REPLACE TABLE batch (underlying VARCHAR, root VARCHAR, quote_date DATE, "
                        + "expiry DATE, strike DOUBLE, \"right\" VARCHAR, bid DOUBLE, ask DOUBLE, bid_1545 DOUBLE, "
                        + "ask_1545 DOUBLE)");
            }
            progress.checkCancelled();
            OptionalLong copied = DuckCsvCopy.copy(connection, file, layout, header(file, source, layout), staging);
            if (copied.isPresent()) {
                rows = copied.getAsLong();
            } else {
                // DuckDB refused a row: read the file line by line, which names the first bad line and its reason.
                deleteTree(staging);
                Files.createDirectories(staging);
                try (InputStream raw = InputFiles.open(file, MAX_BYTES); CountingInputStream in = new CountingInputStream(raw)) {
                    rows = stream(connection, in, source, layout, staging, progress);
                }
            }
            if (rows == 0) {
                throw new ValidationException(source, "has no option rows");
            }
        } catch (SQLException e) {
            deleteTree(staging);
            throw new IOException("writing " + source + " into the chain store failed: " + ChainStore.oneLine(e), e);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        return new long[] {rows, publish(store.folder(), staging)};
    }

    /** The file's header names as the layout's parser reads them (lower case, brackets dropped), once checked by it. */
    private static List<String> header(Path file, String source, EodLayout layout) throws IOException {
        String header;
        try (InputStream raw = InputFiles.open(file, MAX_BYTES);
             BufferedReader reader = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            header = reader.readLine();
        }
        if (header == null) {
            throw new ValidationException(source, "is empty");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> names = split(header.strip(), layout.separator().strip(), source + " line 1");
        layout.parser(names, source + " line 1");
        return names.stream().map(EodLayout::columnName).toList();
    }

    private static long stream(DuckDBConnection connection, CountingInputStream in, String source, EodLayout layout,
                               Path staging, ImportProgress progress) throws IOException, SQLException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String header = reader.readLine();
        if (header == null) {
            throw new ValidationException(source, "is empty");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        String separator = layout.separator();
        EodLayout.RowParser parser = layout.parser(split(header.strip(), separator.strip(), source + " line 1"), source + " line 1");
        long[] rows = {0};
        int[] inBatch = {0};
        DuckDBAppender[] appender = {connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "batch")};
        try {
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = source + " line " + number;
                List<String> fields = split(line, separator.strip(), where);
                if (fields.size() < parser.columns()) {
                    throw new ValidationException(where, "expected " + parser.columns() + " fields, found " + fields.size()
                            + ": a torn or short row");
                }
                parser.parse(fields, where, quote -> append(appender[0], quote));
                rows[0]++;
                if (++inBatch[0] >= BATCH_ROWS) {
                    appender[0].close();
                    flush(connection, staging);
                    appender[0] = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "batch");
                    inBatch[0] = 0;
                }
                if (number % 20_000 == 0) {
                    progress.checkCancelled();
                    progress.update(in.count(), -1);
                }
            }
        } finally {
            appender[0].close();
        }
        flush(connection, staging);
        return rows[0];
    }

    private static void append(DuckDBAppender appender, EodLayout.Quote quote) {
        try {
            appender.beginRow().append(quote.underlying).append(quote.root).append(quote.quoteDate).append(quote.expiry)
                    .append(quote.strike).append(String.valueOf(quote.right)).append(quote.bid).append(quote.ask);
            if (Double.isNaN(quote.bid1545)) {
                appender.appendNull().appendNull();
            } else {
                appender.append(quote.bid1545).append(quote.ask1545);
            }
            appender.endRow();
        } catch (SQLException e) {
            throw new IllegalStateException("appending to the chain store failed: " + ChainStore.oneLine(e), e);
        }
    }

    /** Writes the batch as Parquet, partitioned by underlying and day and sorted for the readers, then empties it. */
    private static void flush(DuckDBConnection connection, Path staging) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            DuckCsvCopy.setInsertionOrder(connection, true);
            statement.execute("COPY (SELECT * FROM batch ORDER BY underlying, quote_date, root, expiry, strike, \"right\") TO '"
                    + staging.toString().replace("'", "''") + "' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE "
                    + DuckCsvCopy.ROW_GROUP_ROWS + ", PARTITION_BY (underlying, quote_date), APPEND, "
                    + "FILENAME_PATTERN 'part_{uuid}')");
            DuckCsvCopy.setInsertionOrder(connection, false);
            statement.execute("DELETE FROM batch");
        }
    }

    /** Moves each staged day into the store by one rename (the day it replaces moved aside first); returns the days. */
    private static int publish(Path folder, Path staging) throws IOException {
        Path trash = folder.resolve(".trash-" + staging.getFileName().toString().substring(".staging-".length()));
        int days = 0;
        List<Path> underlyings;
        try (Stream<Path> listing = Files.list(staging)) {
            underlyings = listing.filter(Files::isDirectory).toList();
        }
        for (Path underlying : underlyings) {
            Path target = Files.createDirectories(folder.resolve(underlying.getFileName()));
            List<Path> staged;
            try (Stream<Path> listing = Files.list(underlying)) {
                staged = listing.filter(Files::isDirectory).toList();
            }
            for (Path day : staged) {
                Path stored = target.resolve(day.getFileName());
                Path aside = trash.resolve(underlying.getFileName()).resolve(day.getFileName());
                if (Files.exists(stored)) {
                    Files.createDirectories(aside.getParent());
                    move(stored, aside);
                }
                move(day, stored);
                days++;
            }
        }
        deleteTree(trash);
        deleteTree(staging);
        return days;
    }

    /**
     * After a kill: a day moved aside whose replacement never arrived goes back; staging and trash are deleted. The
     * interrupted file has no marker, so the next import of it reads it again.
     */
    static void recover(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> listing = Files.list(folder)) {
            leftovers = listing.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
        for (Path leftover : leftovers) {
            if (leftover.getFileName().toString().startsWith(".trash-")) {
                restore(folder, leftover);
            }
            deleteTree(leftover);
        }
    }

    private static void restore(Path folder, Path trash) throws IOException {
        List<Path> days = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(trash, 2)) {
            walk.filter(p -> p.getFileName().toString().startsWith("quote_date=")).forEach(days::add);
        }
        for (Path day : days) {
            Path stored = folder.resolve(day.getParent().getFileName()).resolve(day.getFileName());
            if (!Files.exists(stored)) {
                move(day, stored);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the chain store needs " + from.getParent() + " and " + to.getParent()
                    + " on one file system (an atomic rename)", e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Splits on {@code separator} (with OptionsDX's ", " the spaces are stripped by the field parsers). */
    static List<String> split(String line, String separator, String where) {
        if (line.indexOf('"') >= 0) {
            throw new ValidationException(where, "quoted fields are not part of this layout: " + abbreviate(line));
        }
        List<String> fields = new ArrayList<>(32);
        char sep = separator.charAt(0);
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == sep) {
                fields.add(line.substring(start, i));
                start = i + 1;
            }
        }
        fields.add(line.substring(start));
        return fields;
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    /** The marker name of a source file: SHA-256 of its absolute path, size and modification time. */
    static String key(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String identity = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
            return HexFormat.of().formatHex(digest.digest(identity.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Progress of one file inside the whole import, in bytes. */
    private record Scaled(ImportProgress progress, long base, long total) implements ImportProgress {
        @Override
        public void update(long bytesRead, long totalBytes) {
            progress.update(base + bytesRead, total);
        }

        @Override
        public boolean isCancelled() {
            return progress.isCancelled();
        }
    }
}
