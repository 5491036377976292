package org.condordesk.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastWorkspaceTest {

    @Test
    void aRememberedFileIsReopenedWhileItExists(@TempDir Path folder) throws Exception {
        LastWorkspace last = new LastWorkspace(folder.resolve("data").resolve(LastWorkspace.FILE_NAME));
        assertThat(last.file()).isEmpty();
        Path book = Files.writeString(folder.resolve("book.json"), "{}");
        last.remember(book);
        assertThat(last.file()).hasValue(book.toAbsolutePath().normalize());
        Files.delete(book);
        assertThat(last.file()).as("a file gone since is not offered").isEmpty();
        last.remember(null);
        assertThat(last.file()).isEmpty();
    }

    @Test
    void aFolderOrGarbageInTheRecordOpensNothing(@TempDir Path folder) throws Exception {
        Path record = folder.resolve(LastWorkspace.FILE_NAME);
        Files.writeString(record, folder + "\n");
        assertThat(new LastWorkspace(record).file()).isEmpty();
        Files.writeString(record, "\u0000not a path\n");
        assertThat(new LastWorkspace(record).file()).isEmpty();
    }
}
