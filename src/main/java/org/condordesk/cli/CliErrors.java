package org.condordesk.cli;

import java.io.PrintWriter;

import org.condordesk.model.ValidationException;
import org.condordesk.pricing.PricingException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and a non-zero exit code: 2 for a bad command line or bad
 * input, 1 for anything else (an I/O failure, a bug). Never a stack trace in front of a user.
 */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("error: " + oneLine(ex.getMessage()));
        err.flush();
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof ValidationException || ex instanceof PricingException
                || ex instanceof CommandLine.ParameterException) {
            err.println("error: " + oneLine(ex.getMessage()));
            err.flush();
            return BAD_INPUT;
        }
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("error: " + oneLine(message));
        err.flush();
        return FAILURE;
    }

    /** One line for an Error that escaped a command: what happened, never a stack trace. */
    static String describe(Error e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory: the input is too large for this Java heap (java -Xmx raises it)";
        }
        if (e instanceof StackOverflowError) {
            return "the input nests too deeply to be processed (stack overflow)";
        }
        return "internal error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())) + ")";
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
