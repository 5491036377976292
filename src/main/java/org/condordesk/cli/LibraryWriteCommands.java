package org.condordesk.cli;

import org.condordesk.app.LibrarySummaries;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.store.library.LibraryException;
import org.condordesk.store.json.SaveTargets;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.store.library.ScenarioLibrary;
import org.condordesk.store.library.VersionInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The library commands that change it: save, import, export, rename, delete, restore, purge. */
final class LibraryWriteCommands {

    private LibraryWriteCommands() {
    }

    @Command(name = "save", description = "Save a scenario file as the next version of its name.")
    static final class SaveCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Option(names = "--note", paramLabel = "TEXT", description = "What changed in this version.")
        String note = "";
        @Parameters(paramLabel = "FILE.json")
        Path file;

        @Override
        public Integer call() {
            Scenario scenario = ScenarioJson.read(file);
            try (ScenarioLibrary library = db.open()) {
                VersionInfo saved = library.save(scenario, note, LibrarySummaries.of(scenario));
                spec.commandLine().getOut().println("saved \"" + saved.name() + "\" as version " + saved.version()
                        + " in " + library.file());
                fillMissingSummaries(library);
            }
            return 0;
        }

        /**
         * Versions migrated from a schema-1 library carry no summary yet: compute them now. The save above has
         * committed, so nothing here may fail the command (a retried save would add a duplicate version).
         */
        private void fillMissingSummaries(ScenarioLibrary library) {
            java.io.PrintWriter err = spec.commandLine().getErr();
            try {
                for (String skipped : library.fillMissingSummaries(LibrarySummaries::of).skipped()) {
                    err.println("note: " + CliErrors.oneLine(skipped) + "; its summary stays empty");
                }
            } catch (RuntimeException e) {
                err.println("note: the version is saved; the summaries of older versions were not filled: "
                        + CliErrors.oneLine(e.getMessage()));
            }
            err.flush();
        }
    }

    @Command(name = "import", description = "Save several scenario files at once: all of them, or none if one is invalid.")
    static final class ImportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Option(names = "--note", paramLabel = "TEXT", description = "Note for every version (default: imported from FILE).")
        String note;
        @Parameters(paramLabel = "FILE.json", arity = "1..*")
        List<Path> files;

        @Override
        public Integer call() {
            try (ScenarioLibrary library = db.open()) {
                for (VersionInfo saved : library.importFiles(files, note, LibrarySummaries::of)) {
                    spec.commandLine().getOut().println("imported \"" + saved.name() + "\" as version " + saved.version());
                }
            }
            return 0;
        }
    }

    @Command(name = "export", description = "Write a version of a scenario to a JSON file (atomically).")
    static final class ExportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Option(names = "--version", paramLabel = "N", description = "The version number (default: the latest).")
        int version;
        @Option(names = "--out", paramLabel = "FILE.json", required = true, description = "Where to write it.")
        Path out;
        @Option(names = "--force", description = "Also replace an existing file that is not JSON (never a library, device or folder).")
        boolean force;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            if (version < 0) {
                throw new ValidationException("--version", "must be 1 or more, got " + version);
            }
            try (ScenarioLibrary library = db.open()) {
                library.export(name, version, out, force);
            } catch (ValidationException e) {
                throw SaveTargets.forceable(e.reason()) ? new ValidationException(e.path(), e.reason() + " (add --force to replace it)") : e;
            } catch (IOException e) {
                throw new LibraryException("cannot write " + out + ": " + describe(e), e);
            }
            spec.commandLine().getOut().println("exported \"" + name + "\" " + (version == 0 ? "latest version" : "version " + version)
                    + " to " + out);
            return 0;
        }
    }

    @Command(name = "rename", description = "Rename a scenario; its versions keep their history.")
    static final class RenameCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Parameters(index = "0", paramLabel = "OLD")
        String oldName;
        @Parameters(index = "1", paramLabel = "NEW")
        String newName;

        @Override
        public Integer call() {
            try (ScenarioLibrary library = db.open()) {
                library.rename(oldName, newName);
            }
            spec.commandLine().getOut().println("renamed \"" + oldName + "\" to \"" + newName + "\"");
            return 0;
        }
    }

    /** A command that changes one scenario by name and prints what it did. */
    abstract static class NamedChange implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Parameters(paramLabel = "NAME")
        String name;

        /** Makes the change and returns the line that reports it. */
        abstract String change(ScenarioLibrary library);

        @Override
        public Integer call() {
            String done;
            try (ScenarioLibrary library = db.open()) {
                done = change(library);
            }
            spec.commandLine().getOut().println(done);
            return 0;
        }
    }

    @Command(name = "delete", description = "Hide a scenario from the list; 'library restore' brings it back.")
    static final class DeleteCommand extends NamedChange {
        @Override
        String change(ScenarioLibrary library) {
            library.delete(name);
            return "deleted \"" + name + "\" (undo with: condordesk library restore \"" + name + "\")";
        }
    }

    @Command(name = "restore", description = "Bring back a deleted scenario with all its versions.")
    static final class RestoreCommand extends NamedChange {
        @Override
        String change(ScenarioLibrary library) {
            library.restore(name);
            return "restored \"" + name + "\"";
        }
    }

    @Command(name = "purge", description = "Remove a deleted scenario and all its versions for good.")
    static final class PurgeCommand extends NamedChange {
        @Override
        String change(ScenarioLibrary library) {
            if (library.purge(name) == 0) {
                throw new LibraryException("no deleted scenario named \"" + name + "\" to purge (delete it first)");
            }
            return "purged \"" + name + "\" for good";
        }
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return CliErrors.oneLine(e.getMessage());
    }
}
