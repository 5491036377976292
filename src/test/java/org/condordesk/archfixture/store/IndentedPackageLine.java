    package org.condordesk.archfixture.store;

/** Fixture, evasion 1: an indented package line left the regex checker without a package, so no rule applied. */
public final class IndentedPackageLine {
    int value() {
        return org.condordesk.archfixture.risk.Engine.value();
    }
}
