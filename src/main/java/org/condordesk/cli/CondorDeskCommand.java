package org.condordesk.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code condordesk <command> …}; every command prints text, or JSON with --json. */
@Command(name = "condordesk",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        version = "CondorDesk 0.1.0",
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
        })
public final class CondorDeskCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, see 'condordesk help'");
    }

    /** Runs the command line and returns the process exit code; errors are one line on stderr. */
    public static int execute(String... args) {
        return create().execute(args);
    }

    /** As {@link #execute(String...)}, printing to {@code out} and {@code err} (tests capture them in-process). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = create();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    private static CommandLine create() {
        CommandLine commandLine = new CommandLine(new CondorDeskCommand());
        commandLine.setExecutionExceptionHandler(new CliErrors());
        commandLine.setParameterExceptionHandler(new CliErrors());
        return commandLine;
    }
}
