package org.condordesk.store.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.condordesk.model.ValidationException;
import org.condordesk.store.InputFiles;

/**
 * Reads an option chain file in either layout of docs/formats.md, told apart by their header: Cboe's
 * delayed-quotes download ({@link CboeQuoteTable}) or the long one-quote-per-row layout ({@link LongChainRows}).
 * A broken row stops the import with its line number; flagged quotes (zero bid, one-sided, empty, crossed) are
 * kept and counted.
 */
public final class ChainCsv {

    /** A full SPX chain download is about 1.3 MB; this leaves room for every root and expiry many times over. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private ChainCsv() {
    }

    public static ChainFile read(Path file) throws IOException {
        return read(file, ImportProgress.NONE);
    }

    public static ChainFile read(Path file, ImportProgress progress) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new ValidationException(file.getFileName().toString(),
                    "is " + size / (1024 * 1024) + " MB, larger than the " + MAX_BYTES / (1024 * 1024) + " MB a chain file may be");
        }
        try (InputStream in = InputFiles.open(file, MAX_BYTES)) {
            return read(in, size, file.getFileName().toString(), progress);
        }
    }

    /** Reads from a stream of {@code totalBytes} (-1 if unknown); {@code source} names it in messages. */
    public static ChainFile read(InputStream in, long totalBytes, String source, ImportProgress progress)
            throws IOException {
        try (LineReader reader = new LineReader(in, totalBytes, source, progress)) {
            String first = reader.next();
            if (first == null) {
                throw new ValidationException(source, "is empty");
            }
            if (LongChainRows.isHeader(first)) {
                return LongChainRows.read(reader, first);
            }
            return CboeQuoteTable.read(reader, first);
        }
    }

    /** Lower-case, trimmed, without spaces: how headers are compared. */
    static String normalized(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
