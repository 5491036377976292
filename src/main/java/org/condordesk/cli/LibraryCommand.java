package org.condordesk.cli;

import java.nio.file.Path;

import org.condordesk.store.DataFolders;
import org.condordesk.store.library.ScenarioLibrary;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code library …}: the versioned scenario library (docs/library.md). */
@Command(name = "library", description = "The scenario library: every save is a version you can reopen.",
        subcommands = {
            LibraryReadCommands.ListCommand.class,
            LibraryReadCommands.SearchCommand.class,
            LibraryReadCommands.VersionsCommand.class,
            LibraryWriteCommands.SaveCommand.class,
            LibraryWriteCommands.ImportCommand.class,
            LibraryWriteCommands.ExportCommand.class,
            LibraryWriteCommands.RenameCommand.class,
            LibraryWriteCommands.DeleteCommand.class,
            LibraryWriteCommands.RestoreCommand.class,
            LibraryWriteCommands.PurgeCommand.class,
        })
final class LibraryCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a library command is required, see 'condordesk library help'");
    }

    /** The {@code --db PATH} option every library command takes. */
    static final class DbOption {
        @Option(names = "--db", paramLabel = "PATH",
                description = "The library database (default: the user's data folder, e.g. ~/.local/share/condordesk/library.db).")
        Path db;

        ScenarioLibrary open() {
            return ScenarioLibrary.open(db != null ? db : DataFolders.libraryFile());
        }
    }
}
