package org.condordesk.measures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Size and shape measures of the main sources (issue 24 "Done means"): files over 400 lines, methods over 40 lines,
 * switches on the instrument kind. Comments, strings and character literals are blanked first (newlines kept), so
 * only code counts; a method is a brace block whose header is a signature {@code name(…)} (or a record's compact
 * constructor), its length the lines from the header to its closing brace.
 */
public final class SourceMeasures {

    public static final Path MAIN = Path.of("src", "main", "java");
    /** The instrument kinds: a switch with a case label among them switches on the instrument kind. */
    private static final Pattern KIND_CASE = Pattern.compile(
            "\\bcase\\s+[^:>]*\\b(SPX_OPTION|VIX_FUTURE|VIX_OPTION|VIX_ETF_OPTION|VIX_ETF)\\b");
    private static final Pattern SWITCH = Pattern.compile("\\bswitch\\s*\\(");
    private static final Pattern NOT_CODE = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);
    private static final Pattern SIGNATURE = Pattern.compile("(\\w+)\\s*\\([^()]*(?:\\([^()]*\\)[^()]*)*\\)\\s*(?:throws\\s+[\\w.,\\s]+)?$");
    private static final Pattern COMPACT_CONSTRUCTOR = Pattern.compile("^(?:public\\s+|protected\\s+|private\\s+)?([A-Z]\\w*)$");
    private static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "synchronized", "try",
            "else", "do", "return", "new", "throw", "yield", "case", "default");

    /** A file of {@code lines} lines. */
    public record FileSize(String file, int lines) {
    }

    /** A method (or constructor) of {@code lines} lines starting at {@code line}. */
    public record MethodSize(String file, String method, int line, int lines) {
    }

    /** A switch on the instrument kind at {@code line}. */
    public record KindSwitch(String file, int line) {
    }

    private SourceMeasures() {
    }

    public static List<Path> files() {
        try (Stream<Path> paths = Files.walk(MAIN)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path file) {
        return MAIN.relativize(file).toString().replace('\\', '/');
    }

    public static List<FileSize> fileSizes() {
        return files().stream().map(f -> new FileSize(name(f), (int) read(f).lines().count())).toList();
    }

    /** The code with comments and literals blanked to spaces, newlines kept (line numbers stay right). */
    static String code(String source) {
        Matcher m = NOT_CODE.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static List<MethodSize> methodSizes() {
        List<MethodSize> sizes = new ArrayList<>();
        for (Path file : files()) {
            sizes.addAll(methods(name(file), code(read(file))));
        }
        return sizes;
    }

    static List<MethodSize> methods(String file, String code) {
        List<MethodSize> found = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {header start offset, is method (1/0)}
        List<String> names = new ArrayList<>();
        int headerStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                String header = code.substring(headerStart, i).strip().replaceAll("\\s+", " ");
                String method = methodName(header);
                int start = headerStart + leadingSpace(code, headerStart, i);
                open.push(new int[] {start, method == null ? 0 : 1, names.size()});
                names.add(method);
                headerStart = i + 1;
            } else if (c == '}') {
                int[] block = open.pop();
                if (block[1] == 1) {
                    int first = line(code, block[0]);
                    found.add(new MethodSize(file, names.get(block[2]), first, line(code, i) - first + 1));
                }
                headerStart = i + 1;
            } else if (c == ';') {
                headerStart = i + 1;
            }
        }
        return found;
    }

    private static int leadingSpace(String code, int from, int to) {
        int n = 0;
        while (from + n < to && Character.isWhitespace(code.charAt(from + n))) {
            n++;
        }
        return n;
    }

    private static String methodName(String header) {
        if (header.contains("->") || header.contains("=") || header.contains(" new ") || header.startsWith("new ")
                || header.matches(".*\\b(class|interface|enum|record)\\b.*")) {
            return null;
        }
        String withoutAnnotations = header.replaceAll("@\\w+(\\([^)]*\\))?\\s*", "").strip();
        Matcher signature = SIGNATURE.matcher(withoutAnnotations);
        if (signature.find() && !NOT_METHODS.contains(signature.group(1))
                && !NOT_METHODS.contains(withoutAnnotations.split("[\\s(]")[0])) {
            return signature.group(1);
        }
        Matcher compact = COMPACT_CONSTRUCTOR.matcher(withoutAnnotations);
        return compact.matches() ? compact.group(1) : null;
    }

    private static int line(String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public static List<KindSwitch> kindSwitches() {
        List<KindSwitch> switches = new ArrayList<>();
        for (Path file : files()) {
            String code = code(read(file));
            Matcher m = SWITCH.matcher(code);
            while (m.find()) {
                int body = code.indexOf('{', m.end());
                int end = matching(code, body);
                if (body >= 0 && end > body && KIND_CASE.matcher(code.substring(body, end)).find()) {
                    switches.add(new KindSwitch(name(file), line(code, m.start())));
                }
            }
        }
        return switches;
    }

    private static int matching(String code, int open) {
        int depth = 0;
        for (int i = open; i >= 0 && i < code.length(); i++) {
            if (code.charAt(i) == '{') {
                depth++;
            } else if (code.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
