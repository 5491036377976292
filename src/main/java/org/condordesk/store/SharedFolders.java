package org.condordesk.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What Linux's {@code fs.protected_symlinks} and {@code fs.protected_regular} do, done by the app so that it holds
 * whatever the machine's settings (docs/library.md §files): in a world-writable sticky folder such as {@code /tmp},
 * another user can plant a link or a file under the name a save is about to use. A save therefore
 * <ul>
 * <li>never follows a symbolic link that sits in such a folder unless the link belongs to the user running the app
 * or to the folder's owner (the kernel's rule for {@code protected_symlinks=1}, kernel.org
 * Documentation/admin-guide/sysctl/fs.rst);</li>
 * <li>never replaces an existing file in such a folder that belongs to someone else ({@code protected_regular}):
 * the replacement would take that user as owner and hand them the content.</li>
 * </ul>
 * The user's own links are followed as before. On a file system without the "unix" attribute view (Windows) there
 * are no sticky folders and nothing is checked.
 */
public final class SharedFolders {

    /** Links followed before giving up, as the Linux kernel does (ELOOP after 40). */
    private static final int MAX_LINKS = 40;
    private static final int STICKY = 01000;
    private static final int OTHERS_WRITE = 0002;

    private SharedFolders() {
    }

    /**
     * The file a write to {@code path} lands in: every symbolic link on the way (the last name and the folders
     * before it) is followed, and checked by the rule above. The result need not exist yet (a dangling link names
     * a file still to be created). A relative link is resolved from the link's folder.
     */
    public static Path resolveLinks(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Deque<String> remaining = new ArrayDeque<>();
        absolute.forEach(name -> remaining.addLast(name.toString()));
        Path current = absolute.getRoot();
        int links = 0;
        while (!remaining.isEmpty()) {
            String name = remaining.removeFirst();
            if (name.equals(".") || name.isEmpty()) {
                continue;
            }
            if (name.equals("..")) {
                // current never contains a link, so its parent is the real parent, as the kernel walks it.
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path next = current.resolve(name);
            if (!Files.isSymbolicLink(next)) {
                current = next;
                continue;
            }
            if (++links > MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            refuseForeignLink(path, next);
            Path target = Files.readSymbolicLink(next);
            Deque<String> front = new ArrayDeque<>();
            target.forEach(part -> front.addLast(part.toString()));
            while (!front.isEmpty()) {
                remaining.addFirst(front.removeLast());
            }
            if (target.isAbsolute()) {
                current = target.getRoot();
            }
        }
        return current;
    }

    /**
     * Refuses to replace {@code real}, an existing file, when it sits in a world-writable sticky folder and belongs
     * neither to this user nor to the folder's owner.
     */
    public static void refuseForeignFile(Path shownAs, Path real) throws IOException {
        Path folder = real.getParent();
        if (folder == null || !isShared(folder) || !Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        UserPrincipal owner = Files.getOwner(real, LinkOption.NOFOLLOW_LINKS);
        if (!owner.equals(currentUser(real)) && !owner.equals(Files.getOwner(folder))) {
            throw new FileSystemException(shownAs.toString(), null, "belongs to another user (" + owner.getName()
                    + ") in a shared folder (" + folder + "): refusing to replace it");
        }
    }

    private static void refuseForeignLink(Path shownAs, Path link) throws IOException {
        Path folder = link.getParent();
        if (folder == null || !isShared(folder)) {
            return;
        }
        UserPrincipal owner = Files.getOwner(link, LinkOption.NOFOLLOW_LINKS);
        if (!owner.equals(currentUser(link)) && !owner.equals(Files.getOwner(folder))) {
            throw new FileSystemException(shownAs.toString(), null, "is reached through a symbolic link (" + link
                    + ") owned by another user (" + owner.getName() + ") in a shared folder: refusing to follow it");
        }
    }

    /** A world-writable folder with the sticky bit ({@code drwxrwxrwt}, as /tmp). */
    static boolean isShared(Path folder) throws IOException {
        try {
            Object mode = Files.getAttribute(folder, "unix:mode");
            return mode instanceof Integer bits && (bits & STICKY) != 0 && (bits & OTHERS_WRITE) != 0;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no unix view: no sticky folders
        }
    }

    /**
     * The user this process runs as. On Linux {@code /proc/self} belongs to the process's effective user; elsewhere
     * the name Java reports ({@code user.name}, from the password database) is looked up.
     */
    static UserPrincipal currentUser(Path onFileSystem) throws IOException {
        Path self = Path.of("/proc/self");
        if (Files.exists(self)) {
            return Files.getOwner(self);
        }
        return onFileSystem.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }
}
