package org.condordesk.testsupport;

import java.nio.file.Path;

import org.condordesk.Fixtures;
import org.condordesk.store.library.ScenarioLibrary;

/**
 * A child process that opens one library {@code COUNT} times, as separate CLI runs and API users that reopen per
 * save do: {@code DB COUNT save|open TAG}. Each round opens, then saves a version (save) or lists (open), then closes, then waits 0-14 ms.
 * Every refusal is printed to stderr as {@code refused: MESSAGE}; the exit code is the number of refusals.
 */
public final class LibraryLoopMain {

    private LibraryLoopMain() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        boolean save = args[2].equals("save");
        int refused = 0;
        // Gaps between rounds, as between CLI runs: the last connection closes, the -wal goes, the next open
        // finds a bare file while the other process may be writing it.
        java.util.SplittableRandom random = new java.util.SplittableRandom(args[3].hashCode());
        for (int i = 0; i < count; i++) {
            try (ScenarioLibrary library = ScenarioLibrary.open(db)) {
                if (save) {
                    library.save(Fixtures.hedged().withNotes(args[3] + " " + i), args[3] + " " + i, null);
                } else {
                    library.list();
                }
            } catch (RuntimeException e) {
                refused++;
                System.err.println("refused: " + e.getMessage());
            }
            pause(random.nextInt(15));
        }
        System.out.println("done " + count);
        System.exit(Math.min(refused, 100));
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
