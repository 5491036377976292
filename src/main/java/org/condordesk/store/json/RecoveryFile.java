package org.condordesk.store.json;

import org.condordesk.store.AtomicFiles;
import org.condordesk.store.DataFolders;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Crash recovery for the workstation, in a folder of the data folder: the UI autosaves the open scenario
 * a few seconds after each edit ({@link #autosave}), marks a running session ({@link #startSession}) and
 * clears both on a clean exit ({@link #endSession}); at the next start {@link #findUnclean} offers what a
 * crashed session left. All writes are atomic.
 */
public final class RecoveryFile {

    public static final String AUTOSAVE_FILE_NAME = "autosave.json";
    public static final String SESSION_MARKER_NAME = "session.lock";
    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper WRITER = new ObjectMapper();
    private static final DateTimeFormatter REJECTED_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    public RecoveryFile(Path folder) {
        this(folder, Clock.systemUTC());
    }

    RecoveryFile(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath();
        this.clock = clock;
    }

    /** The recovery folder inside the user's data folder. */
    public static RecoveryFile inDataFolder() {
        return new RecoveryFile(DataFolders.dataFolder().resolve("recovery"));
    }

    public Path autosaveFile() {
        return folder.resolve(AUTOSAVE_FILE_NAME);
    }

    public Path sessionMarker() {
        return folder.resolve(SESSION_MARKER_NAME);
    }

    /**
     * Call at start-up, before {@link #startSession}: what a crashed session left. An autosave this build cannot
     * read is moved aside ({@link #setAside}) and reported, never deleted: a newer CondorDesk may still open it.
     */
    public StartupCheck checkAtStartup() throws IOException {
        if (!Files.exists(autosaveFile()) || SessionMarker.heldByLiveProcess(sessionMarker())) {
            return new StartupCheck.Clean();
        }
        try {
            return load().<StartupCheck>map(StartupCheck.Recoverable::new).orElseGet(StartupCheck.Clean::new);
        } catch (ValidationException e) {
            return new StartupCheck.Unreadable(ScenarioJson.inFile(autosaveFile(), e).getMessage(), setAside());
        }
    }

    /**
     * Renames the autosave to {@code autosave.rejected-<UTC time>.json} beside it, so it no longer comes up at
     * start-up but is kept; returns where it went.
     */
    public Path setAside() throws IOException {
        String stamp = REJECTED_STAMP.format(clock.instant());
        Path target = folder.resolve("autosave.rejected-" + stamp + ".json");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve("autosave.rejected-" + stamp + "-" + n + ".json");
        }
        return Files.move(autosaveFile(), target);
    }

    /** Marks this process's session as running; a crash leaves the mark behind. */
    public void startSession() throws IOException {
        DataFolders.createPrivate(folder);
        AtomicFiles.writePrivate(sessionMarker(), SessionMarker.forThisProcess(clock.instant()));
    }

    /** Atomically replaces the autosave with {@code scenario}; {@code originalFile} is where it was opened from, or null. */
    public void autosave(Scenario scenario, Path originalFile) throws IOException {
        DataFolders.createPrivate(folder);
        AtomicFiles.writePrivate(autosaveFile(), encode(scenario, originalFile, clock.instant()).getBytes(StandardCharsets.UTF_8));
    }

    /** The autosaved scenario, if any, validated like any scenario file. */
    public Optional<RecoveredScenario> load() {
        if (!Files.exists(autosaveFile())) {
            return Optional.empty();
        }
        return Optional.of(decode(JsonInput.parse(ScenarioJson.readBytes(autosaveFile()))));
    }

    /** Forgets the autosave (the user saved, or declined to recover). */
    public void discard() throws IOException {
        Files.deleteIfExists(autosaveFile());
    }

    /** Clean exit: the autosave first, then the marker, so a crash in between still reads as clean. */
    public void endSession() throws IOException {
        discard();
        Files.deleteIfExists(sessionMarker());
    }

    static String encode(Scenario scenario, Path originalFile, Instant savedAt) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = WRITER.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("recoveryVersion", FORMAT_VERSION);
            json.writeStringField("savedAt", savedAt.toString());
            json.writeStringField("originalFile", originalFile == null ? null : originalFile.toAbsolutePath().toString());
            json.writeFieldName("scenario");
            json.writeRawValue(ScenarioJson.write(scenario).strip());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }

    private static RecoveredScenario decode(JsonNode root) {
        JsonFields fields = JsonFields.of(root, "").allowOnly("a recovery file", "recoveryVersion", "savedAt", "originalFile", "scenario");
        int version = fields.integer("recoveryVersion");
        if (version > FORMAT_VERSION) {
            throw new ValidationException("recoveryVersion", version + " is newer than this CondorDesk understands ("
                    + FORMAT_VERSION + "); update CondorDesk to open it");
        }
        if (version != FORMAT_VERSION) {
            throw new ValidationException("recoveryVersion", "must be " + FORMAT_VERSION + ", got " + version);
        }
        Instant savedAt;
        try {
            savedAt = Instant.parse(fields.text("savedAt"));
        } catch (DateTimeParseException e) {
            throw new ValidationException("savedAt", "must be an instant like 2026-11-25T15:00:00Z");
        }
        JsonNode original = fields.required("originalFile");
        Optional<Path> originalFile = original.isNull() ? Optional.empty() : Optional.of(Path.of(fields.text("originalFile")));
        Scenario scenario = ScenarioReader.read(fields.required("scenario"), "scenario");
        return new RecoveredScenario(scenario, originalFile, savedAt);
    }
}
