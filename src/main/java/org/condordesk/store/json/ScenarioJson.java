package org.condordesk.store.json;

import org.condordesk.store.InputFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

/**
 * Scenario files (docs/scenario-format.md): strict, validating reads of schemaVersion 1, 2 and 3, pretty
 * schemaVersion 3 writes, atomic saves. A read returns a whole valid scenario or throws one
 * {@link ValidationException} whose one-line message names the JSON path of the problem.
 */
public final class ScenarioJson {

    /** Larger files are refused before they are parsed. */
    public static final long MAX_FILE_BYTES = JsonInput.MAX_FILE_BYTES;

    private ScenarioJson() {
    }

    /**
     * Reads and validates a scenario file; a missing or unreadable file is a ValidationException too. The
     * message names the file, then the JSON path: {@code condor.json: layers[1].legs[0].strike: must be > 0}.
     */
    public static Scenario read(Path file) {
        byte[] bytes = readBytes(file);
        try {
            return parse(bytes);
        } catch (ValidationException e) {
            throw inFile(file, e);
        }
    }

    /** The same error with the file in front of its path. */
    public static ValidationException inFile(Path file, ValidationException e) {
        return new ValidationException(file + (e.path().isEmpty() ? "" : ": " + e.path()), e.reason());
    }

    /** Parses and validates scenario JSON (UTF-8). */
    public static Scenario parse(byte[] json) {
        return ScenarioReader.read(JsonInput.parse(json), "");
    }

    public static Scenario parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The scenario as pretty schemaVersion 3 JSON, in the samples' layout and field order. */
    public static String write(Scenario scenario) {
        return ScenarioWriter.write(scenario);
    }

    public static byte[] toBytes(Scenario scenario) {
        return write(scenario).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Saves atomically: a crash leaves the previous file or the new one, whole. Refuses (ValidationException) to
     * replace anything but an empty or JSON regular file ({@link SaveTargets}).
     */
    public static void save(Scenario scenario, Path file) throws IOException {
        save(scenario, file, false);
    }

    /** As {@link #save(Scenario, Path)}; {@code force} also replaces a regular file that is not JSON. */
    public static void save(Scenario scenario, Path file, boolean force) throws IOException {
        save(scenario, file, force, java.util.List.of());
    }

    /**
     * As {@link #save(Scenario, Path, boolean)}, never over one of {@code inputs} (the files the same command read).
     * The bytes are read back first, as {@link #read} would read them, so a file this build cannot open again (over
     * the size limit, a date or price the reader refuses) is never written: the error is thrown instead.
     */
    public static void save(Scenario scenario, Path file, boolean force, java.util.Collection<Path> inputs) throws IOException {
        SaveTargets.check(file, SaveTargets.Kind.JSON, force, inputs);
        byte[] bytes = toBytes(scenario);
        readBack(file, bytes);
        SaveTargets.write(file, bytes, SaveTargets.Kind.JSON, force, inputs);
    }

    private static void readBack(Path file, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ValidationException(file.toString(), "the result would be " + InputFiles.sizeMessage(bytes.length,
                    MAX_FILE_BYTES).substring("the file is ".length()) + ", which no CondorDesk could read back: nothing written");
        }
        try {
            parse(bytes);
        } catch (ValidationException e) {
            throw new ValidationException(file.toString(), "the result would not read back (" + e.getMessage()
                    + "): nothing written");
        }
    }

    /**
     * The bytes of a JSON input file (a scenario, a backtest config), at most {@link #MAX_FILE_BYTES}; I/O problems become one-line ValidationExceptions
     * naming it. Only a regular file is opened: a FIFO would block forever and {@code /dev/zero} never ends.
     */
    public static byte[] readBytes(Path file) {
        try (InputStream in = InputFiles.open(file, MAX_FILE_BYTES)) {
            return in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new ValidationException(file.toString(), "no such file");
        } catch (AccessDeniedException e) {
            throw new ValidationException(file.toString(), "permission denied");
        } catch (IOException e) {
            throw new ValidationException(file.toString(), "cannot read the file: " + JsonInput.shortMessage(e.getMessage()));
        }
    }
}
