package org.condordesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.condordesk.app.BuildInfo;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code condordesk <command> …}; every command prints text, or JSON with --json. */
@Command(name = "condordesk",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = CondorDeskCommand.Version.class,
        description = "SPX iron condors hedged with VIX overlays: the engine without the window.",
        subcommands = {
            CommandLine.HelpCommand.class,
            PriceCommand.class,
            IvCommand.class,
            ReportCommand.class,
            ValidateCommand.class,
            LibraryCommand.class,
            ChainCommand.class,
            VixFromChainCommand.class,
            ParityCommand.class,
            SignalsCommand.class,
            AlvhCommand.class,
            MarkLiveCommand.class,
            CloseCommand.class,
            RollCommand.class,
            ImportFillsCommand.class,
            CapitalCommand.class,
            StressCommand.class,
            HedgeCommand.class,
            BacktestCommand.class,
            HistoryCommand.class,
        })
public final class CondorDeskCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code --version}: the version in pom.xml. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.nameAndVersion()};
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, see 'condordesk help'");
    }

    /** Runs the command line and returns the process exit code; errors are one line on stderr. */
    public static int execute(String... args) {
        CommandLine commandLine = create();
        return execute(commandLine, args);
    }

    /** As {@link #execute(String...)}, printing to {@code out} and {@code err} (tests capture them in-process). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = create();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return execute(commandLine, args);
    }

    /** Picocli hands exceptions to {@link CliErrors}; an Error (out of memory, a stack overflow) passes it by. */
    private static int execute(CommandLine commandLine, String... args) {
        commandLine.setOut(TerminalSafeWriter.wrap(commandLine.getOut()));
        commandLine.setErr(TerminalSafeWriter.wrap(commandLine.getErr()));
        try {
            return commandLine.execute(args);
        } catch (Error e) {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + CliErrors.describe(e));
            err.flush();
            return CliErrors.FAILURE;
        }
    }

    /** Picocli's own converter names java.time's exception in its message; this one says what a date looks like. */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static CommandLine create() {
        CommandLine commandLine = new CommandLine(new CondorDeskCommand());
        // No ANSI colours in the help: every control character printed is escaped (TerminalSafeWriter).
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.registerConverter(LocalDate.class, CondorDeskCommand::date);
        commandLine.setExecutionExceptionHandler(new CliErrors());
        commandLine.setParameterExceptionHandler(new CliErrors());
        return commandLine;
    }
}
