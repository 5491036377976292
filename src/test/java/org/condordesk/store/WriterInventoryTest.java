package org.condordesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every place the application writes a file, listed (issue 26 §2): a grep of src/main/java for every Java API
 * that creates, replaces or renames a file. Each one found must be in the list below with the reason it is safe;
 * a new writer fails this test until it goes through the guarded path ({@code SaveTargets.write}) or is added
 * here with its reason. User-named outputs must never call {@code AtomicFiles.write} directly.
 */
class WriterInventoryTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java/org/condordesk");

    /** The APIs that write, create or move a file. */
    private static final Pattern WRITER = Pattern.compile("Files\\.(write|writeString|newBufferedWriter|newOutputStream"
            + "|copy|move|createFile|createTempFile|newByteChannel)\\(|new (FileOutputStream|FileWriter|RandomAccessFile"
            + "|PrintStream|PrintWriter)\\((?!new TerminalSafeWriter)|FileChannel\\.open\\(|AtomicFiles\\.(write|writePrivate)\\("
            + "|ImageIO\\.write\\([^)]*File|\\.transferTo\\(");

    /** file (under org/condordesk) → the writer calls it may hold, each with why it is safe. */
    private static final Map<String, List<String>> ALLOWED = new TreeMap<>(Map.of(
            // The guarded atomic path itself: temp file CREATE_NEW, fsync, rename; backup copy for a hard-linked file.
            "store/AtomicFiles.java", List.of("FileChannel.open(", "FileChannel.open(", "Files.copy(", "FileChannel.open(",
                    "FileChannel.open(", "Files.move("),
            // The guard every user-named output goes through (scenario, CSV, PNG): the only AtomicFiles.write caller.
            "store/json/SaveTargets.java", List.of("AtomicFiles.write("),
            // Data-folder files the app names itself, written 0600 through the atomic path.
            "store/json/RecoveryFile.java", List.of("Files.move(", "AtomicFiles.writePrivate(", "AtomicFiles.writePrivate("),
            "store/json/PreferencesFile.java", List.of("AtomicFiles.writePrivate(", "Files.move("),
            "store/CustomEvents.java", List.of("AtomicFiles.writePrivate("),
            "ui/session/LastWorkspace.java", List.of("AtomicFiles.writePrivate("),
            // The chain store (issue 29): a finished file's marker the app names itself, 0600 through the atomic path;
            // a staged day folder DuckDB wrote, published into the store by one atomic rename.
            "store/chains/ChainImport.java", List.of("AtomicFiles.writePrivate(", "Files.move("),
            // An empty new library file created 0600 (CREATE_NEW semantics) before SQLite opens it.
            "store/library/LibraryConnections.java", List.of("Files.createFile(", "Files.createFile(")));

    @Test
    void everyFileWriterIsListedWithItsReason() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(MAIN_SOURCES)) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> calls = writerCalls(Files.readString(file));
                if (!calls.isEmpty()) {
                    found.put(MAIN_SOURCES.relativize(file).toString().replace('\\', '/'), calls.stream().sorted().toList());
                }
            }
        }
        Map<String, List<String>> allowed = new TreeMap<>();
        ALLOWED.forEach((file, calls) -> allowed.put(file, calls.stream().sorted().toList()));
        assertThat(found).as("a new file writer: route it through SaveTargets.write or list it here with its reason")
                .isEqualTo(allowed);
    }

    @Test
    void theInventoryCatchesAnUnguardedWriter() {
        // The pattern itself must see what it is meant to: a check that matches nothing would pass forever.
        assertThat(writerCalls("Files.writeString(out, text); new FileOutputStream(f); AtomicFiles.write(p, b);"))
                .containsExactly("Files.writeString(", "new FileOutputStream(", "AtomicFiles.write(");
        assertThat(writerCalls("return new PrintWriter(new TerminalSafeWriter(out), true); // Files.write(x)")).isEmpty();
    }

    /** The writer calls in {@code source}, comments and string literals left out. */
    private static List<String> writerCalls(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"");
        List<String> calls = new ArrayList<>();
        Matcher matcher = WRITER.matcher(code);
        while (matcher.find()) {
            calls.add(matcher.group().replaceAll("^(ImageIO\\.write\\().*", "$1"));
        }
        return calls;
    }
}
