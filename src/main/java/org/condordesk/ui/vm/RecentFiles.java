package org.condordesk.ui.vm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The most recently opened or saved scenario files, newest first, kept in the user's preferences. */
public final class RecentFiles {

    public static final int MAX = 8;
    private static final String KEY = "file.";

    private final Preferences node;

    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The list of this user on this machine. */
    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("org/condordesk/recent"));
    }

    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = node.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Puts {@code file} first, dropping its older entry and the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        store(files);
    }

    public void remove(Path file) {
        List<Path> files = list();
        files.remove(file.toAbsolutePath().normalize());
        store(files);
    }

    public void clear() {
        store(List.of());
    }

    private void store(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences flush on their own at exit; a failed early flush only risks losing this list entry.
        }
    }
}
