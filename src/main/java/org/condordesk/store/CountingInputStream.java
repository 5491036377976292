package org.condordesk.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that counts the bytes read through it: for progress, and for refusing input past a limit. */
public class CountingInputStream extends FilterInputStream {

    private long count;
    private int lastByte = -1;

    public CountingInputStream(InputStream in) {
        super(in);
    }

    /** The last byte read so far, -1 before any: whether a file ends with a line end. */
    public int lastByte() {
        return lastByte;
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            lastByte = b;
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            lastByte = buffer[offset + n - 1] & 0xFF;
            counted(n);
        }
        return n;
    }

    /** Called after {@code n} more bytes were read; a subclass may refuse them. */
    protected void counted(int n) {
        count += n;
    }
}
