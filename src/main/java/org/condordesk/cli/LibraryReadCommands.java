package org.condordesk.cli;

import java.util.concurrent.Callable;

import org.condordesk.store.library.LibraryEntry;
import org.condordesk.store.library.Listing;
import org.condordesk.store.library.ScenarioLibrary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The library commands that only read: list, search, versions. */
final class LibraryReadCommands {

    private LibraryReadCommands() {
    }

    /** Text as it is, anything else as JSON through the shared CliJson. */
    static void print(CommandSpec spec, Object output) {
        if (output instanceof String text) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            CliJson.print(spec.commandLine().getOut(), output);
        }
    }

    /** A read-only query of the library printed as a table, or as JSON with --json. */
    abstract static class Query implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Option(names = "--json", description = "JSON instead of a table (keys in docs/library.md).")
        boolean json;

        /** The table text, or the object to print as JSON. */
        abstract Object output(ScenarioLibrary library);

        @Override
        public Integer call() {
            try (ScenarioLibrary library = db.open()) {
                print(spec, output(library));
            }
            return 0;
        }

        Object entries(ScenarioLibrary library, Listing<LibraryEntry> entries) {
            noteSkipped(entries);
            return json ? LibraryOutput.entriesJson(library, entries) : LibraryOutput.entriesText(library, entries);
        }

        /** Rows that could not be read are named on stderr (and listed under "skipped" in JSON), never silently dropped. */
        void noteSkipped(Listing<?> listing) {
            for (String skipped : listing.skipped()) {
                spec.commandLine().getErr().println("note: " + CliErrors.oneLine(skipped));
            }
            spec.commandLine().getErr().flush();
        }
    }

    @Command(name = "list", description = "The scenarios, latest version each: name, versions, last saved, net VIX vega, max loss.")
    static final class ListCommand extends Query {
        @Option(names = "--deleted", description = "List deleted scenarios (restorable) instead.")
        boolean deleted;

        @Override
        Object output(ScenarioLibrary library) {
            return entries(library, deleted ? library.listDeleted() : library.list());
        }
    }

    @Command(name = "search", description = "Scenarios whose name or a tag contains TEXT (case-insensitive).")
    static final class SearchCommand extends Query {
        @Parameters(paramLabel = "TEXT")
        String text;

        @Override
        Object output(ScenarioLibrary library) {
            return entries(library, library.search(text));
        }
    }

    @Command(name = "versions", description = "Every saved version of a scenario, oldest first.")
    static final class VersionsCommand extends Query {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        Object output(ScenarioLibrary library) {
            var versions = library.versions(name);
            noteSkipped(versions);
            return json ? LibraryOutput.versionsJson(name, versions) : LibraryOutput.versionsText(name, versions);
        }
    }
}
