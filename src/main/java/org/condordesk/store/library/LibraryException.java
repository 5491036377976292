package org.condordesk.store.library;

/**
 * A library failure a user can act on, in one line: a damaged or foreign database file, a library written
 * by a newer CondorDesk (opened read-only), an unknown scenario name, a name already taken.
 */
public final class LibraryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
