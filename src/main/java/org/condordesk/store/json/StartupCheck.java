package org.condordesk.store.json;

import java.nio.file.Path;

/** What {@link RecoveryFile#checkAtStartup()} found where the previous session left its autosave. */
public sealed interface StartupCheck {

    /** The previous session ended cleanly, or is still running: nothing to offer. */
    record Clean() implements StartupCheck {
    }

    /** The previous session crashed and left this autosave: offer to restore it. */
    record Recoverable(RecoveredScenario recovered) implements StartupCheck {
    }

    /**
     * The previous session crashed and left an autosave this build cannot read (damaged, or written by a newer
     * CondorDesk): it was moved aside to {@code movedTo}, never deleted, and {@code reason} says why.
     */
    record Unreadable(String reason, Path movedTo) implements StartupCheck {
    }
}
