package org.condordesk.archfixture.ui;

import org.condordesk.archfixture.cli.Command;

/** Fixture, evasion 7: ui using cli, which the old table allowed. */
public final class UiUsingCli {
    String name() {
        return Command.name();
    }
}
