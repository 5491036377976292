package org.condordesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Real special files and checksums for the tests that prove a file was left byte for byte as it was. */
public final class TestFiles {

    private TestFiles() {
    }

    /** SHA-256 of the file's bytes, in hex. */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A named pipe at {@code path} (mkfifo(1): Java cannot create one). */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IOException("mkfifo " + path + " exited " + exit);
        }
        return path;
    }
}
