package org.condordesk.ui;

import java.nio.file.Path;

import org.condordesk.model.ValidationException;
import org.condordesk.ui.format.PlainErrors;

/**
 * What the window says at start-up about the file it opens, in the trader's words: the file's name, never its full
 * path or a JSON path (those stay in the status line's tooltip and the log; issue 27 §4).
 */
final class StartupWords {

    private StartupWords() {
    }

    /** The status line after the last workspace was reopened. */
    static String reopened(Path file) {
        return "Reopened " + file.getFileName() + ", the scenario open when CondorDesk last closed (File › New for an empty book)";
    }

    /** The status line when the last workspace could not be reopened. */
    static String reopenRefused(Path file, ValidationException error) {
        return "Could not reopen the last workspace, " + file.getFileName() + ": " + openRefused(file, error) + " (the sample is open)";
    }

    /** What is wrong with {@code file}: the field in words, or the file-level reason ("no such file"). */
    static String openRefused(Path file, ValidationException error) {
        return PlainErrors.ofFile(file, error);
    }
}
