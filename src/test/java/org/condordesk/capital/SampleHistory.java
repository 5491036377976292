package org.condordesk.capital;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.condordesk.store.HistoryCsv;

/** The bundled samples/history for tests: the importer's series, and the closes read with a plain line split. */
final class SampleHistory {

    static final Path FOLDER = Path.of("samples/history");

    private SampleHistory() {
    }

    static StressHistory load() {
        try {
            return new StressHistory(HistoryCsv.read(FOLDER.resolve("SPX_History.csv"), "SPX"),
                    HistoryCsv.read(FOLDER.resolve("VIX_History.csv"), "VIX"),
                    Optional.of(HistoryCsv.read(FOLDER.resolve("VIX3M_History.csv"), "VIX3M")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes by date straight from a Cboe-layout file (DATE as MM/DD/YYYY, CLOSE last), independent of the importer. */
    static TreeMap<LocalDate, Double> closes(String file) {
        TreeMap<LocalDate, Double> closes = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(FOLDER.resolve(file))) {
                String[] cells = line.split(",");
                if (cells[0].equals("DATE")) {
                    continue;
                }
                String[] mdy = cells[0].split("/");
                closes.put(LocalDate.of(Integer.parseInt(mdy[2]), Integer.parseInt(mdy[0]), Integer.parseInt(mdy[1])),
                        Double.parseDouble(cells[cells.length - 1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return closes;
    }

    static double move(Map<LocalDate, Double> closes, LocalDate from, LocalDate to) {
        return closes.get(to) - closes.get(from);
    }
}
