package org.condordesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.condordesk.store.MarketHistoryLibrary;
import org.condordesk.store.chains.EodLayout;
import org.condordesk.testsupport.CfeVxFiles;
import org.condordesk.testsupport.EodChainFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Market history window's model: imports list their series, a bad file says which line, delete removes (slow: DuckDB starts). */
@org.junit.jupiter.api.Tag("slow")
class MarketHistoryModelTest {

    @TempDir
    Path dir;

    private static void await(MarketHistoryModel model) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Thread.sleep(50);
        while (model.busyProperty().get() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(model.busyProperty().get()).as("finished").isFalse();
    }

    @Test
    void importsListDeletesAndNamesABadLine() throws IOException, InterruptedException {
        Path library = dir.resolve("library.db");
        MarketHistoryModel model = new MarketHistoryModel(library, Runnable::run);
        model.refresh();
        await(model);
        assertThat(model.seriesProperty().get()).isEmpty();
        assertThat(Files.exists(library)).as("listing an absent library does not create it").isFalse();

        Path vx = Files.createDirectories(dir.resolve("vx"));
        CfeVxFiles.modern("G (Feb 2018)").row(LocalDate.of(2018, 2, 5), 33.225).write(vx.resolve("VX_2018-02-14.csv"));
        model.importVx(List.of(vx));
        await(model);
        assertThat(model.statusProperty().get()).startsWith("Imported 1 VX settlements of 1 contracts from 1 files");
        Path chains = EodChainFiles.dataShop(dir.resolve("chains.csv"), List.of(LocalDate.of(2020, 3, 16)),
                List.of(LocalDate.of(2020, 3, 20)), List.of(2400.0, 2405.0));
        model.importChains(List.of(chains), EodLayout.DATASHOP);
        await(model);
        assertThat(model.seriesProperty().get()).extracting(MarketHistoryLibrary.Series::kind, MarketHistoryLibrary.Series::symbol)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MarketHistoryLibrary.Kind.VX, "VX"),
                        org.assertj.core.groups.Tuple.tuple(MarketHistoryLibrary.Kind.CHAINS, "SPXW"));

        Path bad = Files.createDirectories(dir.resolve("bad"));
        CfeVxFiles.modern("H (Mar 2018)").raw("2018-02-05,H (Mar 2018),1").write(bad.resolve("VX_2018-03-21.csv"));
        model.importVx(List.of(bad));
        await(model);
        assertThat(model.statusProperty().get())
                .startsWith("Importing VX settlements failed: VX_2018-03-21.csv line 3: expected 11 comma-separated fields");
        assertThat(model.seriesProperty().get()).hasSize(2);

        model.delete(model.seriesProperty().get().get(1));
        await(model);
        assertThat(model.seriesProperty().get()).extracting(MarketHistoryLibrary.Series::kind)
                .containsExactly(MarketHistoryLibrary.Kind.VX);
    }
}
