package org.condordesk.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.condordesk.store.json.PreferencesFile;

/** The most recently opened or saved scenario files, newest first, kept in the data folder's preferences file. */
public final class RecentFiles {

    public static final int MAX = 8;

    private final PreferencesFile preferences;
    private Consumer<String> problems = message -> { };

    public RecentFiles(PreferencesFile preferences) {
        this.preferences = preferences;
    }

    /** The list of this user ({@code <data folder>/preferences.json}). */
    public static RecentFiles forUser() {
        return new RecentFiles(PreferencesFile.inDataFolder());
    }

    /** Who hears a one-line message when the list cannot be written (the list itself is only a convenience). */
    public void onProblem(Consumer<String> listener) {
        this.problems = listener;
    }

    public List<Path> list() {
        List<Path> files = preferences.read().recentFiles();
        return new ArrayList<>(files.subList(0, Math.min(MAX, files.size())));
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
        try {
            preferences.update(p -> p.withRecentFiles(files.subList(0, Math.min(MAX, files.size()))));
        } catch (IOException e) {
            problems.accept("Could not remember the recent files in " + preferences.file() + ": " + e.getMessage());
        }
    }
}
