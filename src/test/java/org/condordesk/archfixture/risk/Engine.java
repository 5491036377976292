package org.condordesk.archfixture.risk;

/** Fixture: a class of a layer above store and market (ArchitectureTest). */
public final class Engine {
    public static int value() {
        return 1;
    }
}
