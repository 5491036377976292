package org.condordesk.store.chains;

import java.nio.file.Path;
import java.util.List;

import org.condordesk.store.csv.ImportProgress;

/** Child JVM of {@link ChainImportCrashTest}: imports one file into a chain store, printing "ready" then "done". */
public final class ChainImportMain {

    private ChainImportMain() {
    }

    public static void main(String[] args) throws Exception {
        try (ChainStore store = ChainStore.open(Path.of(args[0]))) {
            store.roots();
            System.out.println("ready");
            System.out.flush();
            ChainImport.run(store, List.of(Path.of(args[1])), EodLayout.DATASHOP, ImportProgress.NONE);
            System.out.println("done");
            System.out.flush();
        }
    }
}
