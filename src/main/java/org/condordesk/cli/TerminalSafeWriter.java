package org.condordesk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

import org.condordesk.model.Check;

/**
 * Everything the command line prints passes through here: a control character from a file or a library (ESC,
 * BEL, a C1 CSI) would otherwise reach the terminal and act there (move the cursor, rewrite earlier lines, set
 * the window title). Each is written as the six visible characters {@code \u001B}, which in JSON output is the
 * same string escaped (JSON strings are the only place such a character can be). Line feeds and tabs pass.
 */
final class TerminalSafeWriter extends FilterWriter {

    /** On Windows the line separator is CR LF: a CR there is part of a line end, elsewhere it is a control. */
    private static final boolean CR_ENDS_LINES = System.lineSeparator().equals("\r\n");

    private TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** {@code out}, with control characters escaped. */
    static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new TerminalSafeWriter(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        if (passes(c)) {
            out.write(c);
        } else {
            out.write(String.format(Locale.ROOT, "\\u%04X", c));
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    private static boolean passes(int c) {
        return !Check.isControl(c) || c == '\n' || c == '\t' || (c == '\r' && CR_ENDS_LINES);
    }
}
