package org.condordesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * write a temp file in the same directory, force it to disk, then rename it over the target.
 *
 * <p>The replaced file keeps what a user set on it: a symbolic link is written through (its target gets the
 * new content, the link stays a link); the POSIX permissions, owner and group of an existing file are copied
 * to the temp file before the rename. Where the rename would lose something it cannot carry over (a file
 * with several hard links, or an owner this process may not give away), the file is rewritten in place
 * instead, as vim does ({@code backupcopy=auto}): a backup copy is written and forced first, beside the
 * file, and removed once the new content is on disk; a crash in between leaves that backup. Anything but a
 * regular file (a device, a FIFO, a folder) is never replaced.
 */
public final class AtomicFiles {

    /** rw------- : data-folder files hold positions, which are private. */
    public static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target} atomically; on failure the old file is untouched and no temp
     * file is left. A new file gets the process's default permissions (the umask); an existing one keeps its own.
     */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, null);
    }

    /**
     * As {@link #write}, for files in the data folder: the file is {@code rw-------} afterwards, whatever it was
     * (an earlier build wrote them {@code rw-r--r--}).
     */
    public static void writePrivate(Path target, byte[] content) throws IOException {
        write(target, content, PRIVATE_FILE);
    }

    /** {@code permissions}: what the file gets; null keeps an existing file's, and gives a new one the umask's. */
    private static void write(Path target, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        Path real = resolveLinks(target.toAbsolutePath());
        PosixFileAttributes existing = existingRegularFile(real);
        SharedFolders.refuseForeignFile(target, real);
        try {
            replace(real, content, existing, permissions);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            // FileChannel.write says "No space left on device" without naming a file: name the one being saved.
            FileSystemException named = new FileSystemException(target.toString(), null, diskMessage(e));
            named.initCause(e);
            throw named;
        }
    }

    /** "No space left on device" → "the disk is full (No space left on device)"; other messages as they are. */
    static String diskMessage(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.contains("No space left") || message.contains("Disk quota") ? "the disk is full (" + message + ")" : message;
    }

    private static void replace(Path real, byte[] content, PosixFileAttributes existing, Set<PosixFilePermission> permissions)
            throws IOException {
        if (existing != null && mustRewriteInPlace(real)) {
            rewriteInPlace(real, content, permissions);
            return;
        }
        Path temp = tempBeside(real, ".tmp");
        try {
            Set<PosixFilePermission> chosen = permissions != null || existing == null ? permissions : existing.permissions();
            writeNew(temp, content, chosen);
            if (existing != null && !takeOwnership(temp, existing, chosen)) {
                Files.deleteIfExists(temp);
                rewriteInPlace(real, content, permissions);
                return;
            }
            move(temp, real);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        syncDirectory(real.getParent());
        removeStaleTemps(real);
    }

    /**
     * The file a write to {@code path} lands in: symbolic links are followed to their final target, which need
     * not exist yet (a link to a file still to be created), never a link another user planted in a shared sticky
     * folder ({@link SharedFolders}). A relative link is resolved from the link's folder.
     */
    public static Path resolveLinks(Path path) throws IOException {
        return SharedFolders.resolveLinks(path);
    }

    /** The attributes of the file at {@code real}, null when there is none; anything but a regular file is refused. */
    private static PosixFileAttributes existingRegularFile(Path real) throws IOException {
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(real.toString(), null, "is a folder, not a file");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(real.toString(), null, "is not a regular file (a device, FIFO or socket)");
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(real, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        return posix == null ? null : posix.readAttributes();
    }

    /** A rename would break the other hard links of a file with several: they would keep the old content. */
    private static boolean mustRewriteInPlace(Path real) throws IOException {
        try {
            Object links = Files.getAttribute(real, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return links instanceof Integer count && count > 1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no unix view (Windows): no hard links to keep
        }
    }

    private static void writeNew(Path file, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = permissions != null && posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
        // CREATE_NEW never follows a planted link; the permissions given are still masked by the umask, so set them again.
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
            writeAll(channel, content);
        }
        if (permissions != null && posix) {
            Files.setPosixFilePermissions(file, permissions);
        }
    }

    /** Gives the temp file the owner and group of the file it replaces; false when this process may not. */
    private static boolean takeOwnership(Path temp, PosixFileAttributes existing, Set<PosixFilePermission> permissions)
            throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return true;
        }
        PosixFileAttributes mine = view.readAttributes();
        try {
            if (!mine.owner().equals(existing.owner())) {
                view.setOwner(existing.owner());
            }
            if (!mine.group().equals(existing.group())) {
                view.setGroup(existing.group());
            }
        } catch (FileSystemException e) {
            return false;
        }
        // chown clears the set-id bits: put the permissions back.
        view.setPermissions(permissions);
        return true;
    }

    /** Keeps the file's inode (links, owner, permissions): backup copy first, then the new content in place. */
    private static void rewriteInPlace(Path real, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        Path backup = tempBeside(real, ".bak");
        try {
            Files.copy(real, backup, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(backup, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            syncDirectory(real.getParent());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(backup, e);
            throw e; // the file itself was not touched yet
        }
        try (FileChannel channel = FileChannel.open(real, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            writeAll(channel, content);
        } catch (IOException e) {
            FileSystemException kept = new FileSystemException(real.toString(), null,
                    e.getMessage() + " (the previous content is kept in " + backup + ")");
            kept.initCause(e);
            throw kept;
        }
        Files.delete(backup);
        if (permissions != null && real.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(real, permissions);
        }
    }

    /**
     * A kill between creating the temp file and the rename leaves {@code .NAME.<hex>.tmp} beside the file: the next
     * save of the same file removes those over a minute old (a younger one may be another CondorDesk's save).
     */
    private static void removeStaleTemps(Path real) {
        String prefix = "." + real.getFileName() + ".";
        java.time.Instant cutoff = java.time.Instant.now().minus(Housekeeping.TEMP_AGE);
        try (java.nio.file.DirectoryStream<Path> siblings = Files.newDirectoryStream(real.getParent(), p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp") && Housekeeping.STRAY_TEMP.matcher(name).matches()
                    && name.substring(prefix.length(), name.length() - 4).matches("[0-9a-f]{1,16}");
        })) {
            java.nio.file.attribute.UserPrincipal me = SharedFolders.currentUser(real);
            for (Path stray : siblings) {
                if (Files.isRegularFile(stray, LinkOption.NOFOLLOW_LINKS)
                        && me.equals(Files.getOwner(stray, LinkOption.NOFOLLOW_LINKS))
                        && Files.getLastModifiedTime(stray, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(stray);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Housekeeping only: the save itself succeeded.
        }
    }

    private static void writeAll(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(true);
    }

    private static Path tempBeside(Path real, String suffix) {
        return real.resolveSibling("." + real.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + suffix);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + target + " atomically on this file system", e);
        }
    }

    private static void deleteQuietly(Path temp, Exception cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * On POSIX the rename itself is durable only once the directory entry is flushed. Windows cannot open a
     * directory as a channel; there NTFS journals the rename, so the failure is ignored.
     */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported on this platform; the file content itself is already forced.
        }
    }
}
