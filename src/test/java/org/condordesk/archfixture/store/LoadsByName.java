package org.condordesk.archfixture.store;

/** Fixture, evasion 5: Class.forName with a string reaches a layer above without any reference in the bytecode. */
public final class LoadsByName {
    Object engine() throws ReflectiveOperationException {
        return Class.forName("org.condordesk.archfixture.risk.Engine").getDeclaredConstructor().newInstance();
    }
}
