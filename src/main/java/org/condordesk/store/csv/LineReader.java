package org.condordesk.store.csv;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a CSV file line by line, counting line numbers (from 1) and the bytes consumed so far, reporting
 * progress and honouring a cancel every {@value #PROGRESS_EVERY_LINES} lines.
 */
final class LineReader implements AutoCloseable {

    static final int PROGRESS_EVERY_LINES = 2_000;

    private final Counting counting;
    private final BufferedReader reader;
    private final long totalBytes;
    private final ImportProgress progress;
    private final String source;
    private int number;

    LineReader(InputStream in, long totalBytes, String source, ImportProgress progress) {
        this.counting = new Counting(in);
        this.reader = new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8), 1 << 16);
        this.totalBytes = totalBytes;
        this.progress = progress;
        this.source = source;
    }

    /** The next line without its terminator (a leading byte-order mark removed), or null at the end. */
    String next() throws IOException {
        String line = reader.readLine();
        if (line == null) {
            progress.update(counting.count, totalBytes);
            return null;
        }
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (number % PROGRESS_EVERY_LINES == 0) {
            progress.checkCancelled();
            progress.update(counting.count, totalBytes);
        }
        return line;
    }

    /** Number of the line last returned. */
    int number() {
        return number;
    }

    /** "quotes.csv line 12": how an error names the line last returned. */
    String where() {
        return source + " line " + number;
    }

    String source() {
        return source;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
