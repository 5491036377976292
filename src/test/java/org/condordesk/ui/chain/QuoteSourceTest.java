package org.condordesk.ui.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.condordesk.chain.SampleChains;
import org.condordesk.model.ValidationException;
import org.condordesk.store.csv.ChainLayout;
import org.condordesk.store.http.DelayedQuotesFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** issue 31 §3: a file or a watched folder as the ladder's quote source (the newest snapshot wins), on real files. */
class QuoteSourceTest {

    @Test
    void aFolderReadsItsNewestChainFileAndAJsonFileReadsAsDelayedQuotes(@TempDir Path dir) throws IOException {
        Path older = Files.copy(Path.of("samples/chains/spx-long-sample.csv"), dir.resolve("a-older.csv"));
        Path newer = dir.resolve("b-newer.json");
        Files.write(newer, DelayedQuotesFixture.json(SampleChains.vix(), false));
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000_000));
        Files.writeString(dir.resolve("notes.txt"), "not a chain");
        QuoteSource folder = QuoteSource.of(dir);
        assertThat(folder).isInstanceOf(QuoteSource.Folder.class);
        assertThat(folder.read().layout()).isEqualTo(ChainLayout.CBOE_DELAYED_JSON);
        assertThat(folder.read().chain().underlying()).isEqualTo("VIX");
        // a newer CSV landing in the folder is the next read
        Files.setLastModifiedTime(older, FileTime.fromMillis(3_000_000));
        assertThat(folder.read().layout()).isEqualTo(ChainLayout.LONG);
    }

    @Test
    void anEmptyFolderIsOneLine(@TempDir Path dir) {
        assertThatThrownBy(() -> QuoteSource.of(dir).read()).isInstanceOf(ValidationException.class)
                .hasMessage(dir + ": has no .csv or .json chain file");
    }
}
