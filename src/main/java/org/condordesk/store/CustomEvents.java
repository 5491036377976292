package org.condordesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.condordesk.market.EventCalendar;
import org.condordesk.model.MarketEvent;

/**
 * The user's own events ({@code custom-events.csv} in the data folder, layout {@code date,kind,label}): CPI/PPI
 * dates from bls.gov, earnings, anything the bundled calendar lacks. Saved atomically.
 */
public final class CustomEvents {

    public static final String FILE_NAME = "custom-events.csv";
    /** A calendar of a few hundred lines is a few KB; one megabyte is not a calendar. */
    static final long MAX_BYTES = 1024 * 1024;

    private CustomEvents() {
    }

    public static Path defaultFile() {
        return DataFolders.dataFolder().resolve(FILE_NAME);
    }

    /** The events in {@code file}, none if it does not exist; a bad line is refused naming it. */
    public static List<MarketEvent> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (java.io.InputStream in = InputFiles.open(file, MAX_BYTES)) {
            return EventCalendar.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.getFileName().toString());
        }
    }

    public static void save(List<MarketEvent> events, Path file) throws IOException {
        DataFolders.createPrivate(file.toAbsolutePath().getParent());
        AtomicFiles.writePrivate(file, EventCalendar.format(events).getBytes(StandardCharsets.UTF_8));
    }

    /** The bundled calendar joined with the custom events of {@code file}. */
    public static EventCalendar calendar(Path file) throws IOException {
        return EventCalendar.bundled().with(read(file));
    }
}
