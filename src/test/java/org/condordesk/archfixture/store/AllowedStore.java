package org.condordesk.archfixture.store;

/** Fixture that keeps to every rule: store using only itself and the JDK. */
public final class AllowedStore {
    String name() {
        return getClass().getSimpleName();
    }
}
