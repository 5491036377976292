package org.condordesk.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.condordesk.store.LibraryEntry;
import org.condordesk.store.ScenarioLibrary;

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

    @Command(name = "list", description = "The scenarios, latest version each: name, versions, last saved, net VIX vega, max loss.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Option(names = "--json", description = "JSON instead of a table (keys in docs/library.md).")
        boolean json;
        @Option(names = "--deleted", description = "List deleted scenarios (restorable) instead.")
        boolean deleted;

        @Override
        public Integer call() {
            try (ScenarioLibrary library = db.open()) {
                List<LibraryEntry> entries = deleted ? library.listDeleted() : library.list();
                spec.commandLine().getOut().print(json ? LibraryOutput.entriesJson(library, entries)
                        : LibraryOutput.entriesText(library, entries));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "search", description = "Scenarios whose name or a tag contains TEXT (case-insensitive).")
    static final class SearchCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Option(names = "--json", description = "JSON instead of a table.")
        boolean json;
        @Parameters(paramLabel = "TEXT")
        String text;

        @Override
        public Integer call() {
            try (ScenarioLibrary library = db.open()) {
                List<LibraryEntry> entries = library.search(text);
                spec.commandLine().getOut().print(json ? LibraryOutput.entriesJson(library, entries)
                        : LibraryOutput.entriesText(library, entries));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "versions", description = "Every saved version of a scenario, oldest first.")
    static final class VersionsCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Option(names = "--json", description = "JSON instead of a table.")
        boolean json;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (ScenarioLibrary library = db.open()) {
                var versions = library.versions(name);
                spec.commandLine().getOut().print(json ? LibraryOutput.versionsJson(name, versions)
                        : LibraryOutput.versionsText(name, versions));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
