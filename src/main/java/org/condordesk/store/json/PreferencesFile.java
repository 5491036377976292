package org.condordesk.store.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.condordesk.model.ValidationException;
import org.condordesk.store.AtomicFiles;
import org.condordesk.store.DataFolders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The window's preferences (theme, recent files, the strike ladder's columns) in {@code preferences.json} in the data folder, so that moving
 * the data folder ({@code $XDG_DATA_HOME}, {@code $HOME}, {@code CONDORDESK_DATA}) moves them too. Written
 * atomically and privately; a file this build cannot read is moved aside ({@code preferences.rejected-<time>.json})
 * and the defaults are used.
 */
public final class PreferencesFile {

    public static final String FILE_NAME = "preferences.json";
    static final int FORMAT_VERSION = 1;
    /** Recent files kept at most: a menu, not a history. */
    static final int MAX_RECENT_FILES = 32;
    /** The ladder has 21 columns; room for more. */
    static final int MAX_LADDER_COLUMNS = 64;
    private static final ObjectMapper WRITER = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * The preferences themselves: the theme's name (absent = the default), recent files, newest first, and the strike
     * ladder's shown columns (their ids, e.g. {@code callBid}; absent = the ladder's default choice).
     */
    public record Preferences(Optional<String> theme, List<Path> recentFiles, Optional<List<String>> ladderColumns) {

        public static final Preferences DEFAULTS = new Preferences(Optional.empty(), List.of(), Optional.empty());

        public Preferences {
            recentFiles = List.copyOf(recentFiles);
            ladderColumns = ladderColumns.map(List::copyOf);
        }

        public Preferences(Optional<String> theme, List<Path> recentFiles) {
            this(theme, recentFiles, Optional.empty());
        }

        public Preferences withTheme(String name) {
            return new Preferences(Optional.of(name), recentFiles, ladderColumns);
        }

        public Preferences withRecentFiles(List<Path> files) {
            return new Preferences(theme, files, ladderColumns);
        }

        public Preferences withLadderColumns(List<String> shown) {
            return new Preferences(theme, recentFiles, Optional.of(shown));
        }
    }

    private final Path file;
    private final Clock clock;

    public PreferencesFile(Path file) {
        this(file, Clock.systemUTC());
    }

    PreferencesFile(Path file, Clock clock) {
        this.file = file.toAbsolutePath();
        this.clock = clock;
    }

    /** The preferences of this user ({@code <data folder>/preferences.json}). */
    public static PreferencesFile inDataFolder() {
        return new PreferencesFile(DataFolders.dataFolder().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The saved preferences, or the defaults when there are none or they cannot be read (then set aside). */
    public synchronized Preferences read() {
        if (!Files.exists(file)) {
            return Preferences.DEFAULTS;
        }
        try {
            return decode(JsonInput.parse(ScenarioJson.readBytes(file)));
        } catch (ValidationException e) {
            setAside();
            return Preferences.DEFAULTS;
        }
    }

    /** Reads, changes and writes back the preferences in one step. */
    public synchronized void update(UnaryOperator<Preferences> change) throws IOException {
        Preferences changed = change.apply(read());
        DataFolders.createPrivate(file.getParent());
        AtomicFiles.writePrivate(file, encode(changed));
    }

    private void setAside() {
        try {
            Files.move(file, file.resolveSibling("preferences.rejected-" + STAMP.format(clock.instant()) + ".json"));
        } catch (IOException e) {
            // Left in place: the next update replaces it, and preferences are only a convenience.
        }
    }

    private static Preferences decode(JsonNode root) {
        JsonFields fields = JsonFields.of(root, "").allowOnly("preferences", "preferencesVersion", "theme", "recentFiles",
                "ladderColumns");
        int version = fields.integer("preferencesVersion");
        if (version != FORMAT_VERSION) {
            throw new ValidationException("preferencesVersion", "must be " + FORMAT_VERSION + ", got " + version);
        }
        Optional<String> theme = fields.has("theme") ? Optional.of(fields.text("theme")) : Optional.empty();
        List<Path> recent = new ArrayList<>();
        for (String path : fields.listOr("recentFiles", MAX_RECENT_FILES, JsonFields::textElement)) {
            try {
                recent.add(Path.of(path));
            } catch (java.nio.file.InvalidPathException e) {
                // A path this system cannot hold (written on another OS): not offered.
            }
        }
        Optional<List<String>> ladder = fields.has("ladderColumns")
                ? Optional.of(fields.listOr("ladderColumns", MAX_LADDER_COLUMNS, JsonFields::textElement))
                : Optional.empty();
        return new Preferences(theme, recent, ladder);
    }

    private static byte[] encode(Preferences preferences) {
        ObjectNode root = WRITER.createObjectNode();
        root.put("preferencesVersion", FORMAT_VERSION);
        preferences.theme().ifPresent(theme -> root.put("theme", theme));
        ArrayNode recent = root.putArray("recentFiles");
        preferences.recentFiles().stream().limit(MAX_RECENT_FILES).forEach(path -> recent.add(path.toString()));
        preferences.ladderColumns().ifPresent(ids -> {
            ArrayNode shown = root.putArray("ladderColumns");
            ids.stream().limit(MAX_LADDER_COLUMNS).forEach(shown::add);
        });
        return (root.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
