package org.condordesk.archfixture.cli;

/** Fixture: a command of the CLI (ArchitectureTest). */
public final class Command {
    public static String name() {
        return "price";
    }
}
