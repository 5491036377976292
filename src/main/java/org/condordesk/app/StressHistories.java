package org.condordesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.condordesk.capital.StressHistory;
import org.condordesk.market.DailySeries;
import org.condordesk.model.ValidationException;
import org.condordesk.store.HistoryCsv;

/**
 * The daily history the stress library replays (docs/capital.md §4): the real SPX, VIX and VIX3M closes bundled in the
 * jar (samples/history), or the same three files from a folder the user names. Shared by the CLI and the window.
 */
public final class StressHistories {

    /** File names of the three series, as Cboe's downloads and the bundled samples name them. */
    public static final String SPX_FILE = "SPX_History.csv";
    public static final String VIX_FILE = "VIX_History.csv";
    public static final String VIX3M_FILE = "VIX3M_History.csv";
    private static final String BUNDLED_FOLDER = "/samples/history/";

    private StressHistories() {
    }

    /** The bundled history (about 9 000 days of each series since 1990; VIX3M since 2009). */
    public static StressHistory bundled() {
        return new StressHistory(resource(SPX_FILE, "SPX"), resource(VIX_FILE, "VIX"), Optional.of(resource(VIX3M_FILE, "VIX3M")));
    }

    /** SPX and VIX (required) and VIX3M (optional) from {@code folder}, named as {@link #SPX_FILE} etc. */
    public static StressHistory fromFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new ValidationException("--history-dir", folder + " is not a folder");
        }
        DailySeries spx = required(folder.resolve(SPX_FILE), "SPX");
        DailySeries vix = required(folder.resolve(VIX_FILE), "VIX");
        Path vix3m = folder.resolve(VIX3M_FILE);
        return new StressHistory(spx, vix, Files.isRegularFile(vix3m) ? Optional.of(HistoryCsv.read(vix3m, "VIX3M"))
                : Optional.empty());
    }

    private static DailySeries required(Path file, String symbol) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ValidationException("--history-dir", "no " + file.getFileName() + " in " + file.getParent());
        }
        return HistoryCsv.read(file, symbol);
    }

    private static DailySeries resource(String file, String symbol) {
        try (InputStream in = StressHistories.class.getResourceAsStream(BUNDLED_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the bundled history " + BUNDLED_FOLDER + file + " is missing from the jar");
            }
            return HistoryCsv.read(in, file, symbol);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the bundled " + file, e);
        }
    }
}
