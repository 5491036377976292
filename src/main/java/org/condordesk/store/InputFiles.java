package org.condordesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

import org.condordesk.model.ValidationException;

/**
 * Opens an input file a user named: only a regular file (a FIFO would block forever, {@code /dev/zero} never
 * ends, {@code /dev/urandom} fills the heap), and never more than a limit, checked before reading and again
 * while reading (a file may grow in between). Problems are one-line ValidationExceptions naming the file.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** A stream over {@code file} that fails once more than {@code maxBytes} have been read. */
    public static InputStream open(Path file, long maxBytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new ValidationException(file.toString(), "is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new ValidationException(file.toString(), "is not a regular file (a device, FIFO or socket)");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(file, attributes.size(), maxBytes);
        }
        return new Capped(Files.newInputStream(file), file, maxBytes);
    }

    static ValidationException tooLarge(Path file, long sizeBytes, long maxBytes) {
        return new ValidationException(file.toString(), sizeMessage(sizeBytes, maxBytes));
    }

    /** "the file is 12.0 MB (12582912 bytes), larger than the 10 MB limit". */
    public static String sizeMessage(long sizeBytes, long maxBytes) {
        return String.format(Locale.ROOT, "the file is %.1f MB (%d bytes), larger than the %d MB limit",
                sizeBytes / (1024.0 * 1024.0), sizeBytes, maxBytes / (1024 * 1024));
    }

    /** Refuses the byte after the limit. */
    private static final class Capped extends CountingInputStream {
        private final Path file;
        private final long maxBytes;

        Capped(InputStream in, Path file, long maxBytes) {
            super(in);
            this.file = file;
            this.maxBytes = maxBytes;
        }

        @Override
        protected void counted(int n) {
            super.counted(n);
            if (count() > maxBytes) {
                throw tooLarge(file, count(), maxBytes);
            }
        }
    }
}
