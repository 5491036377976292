package org.condordesk.market;

/** Something in a valid scenario that is probably a mistake: the JSON path it concerns and why. */
public record InputWarning(String path, String message) {

    /** {@code path: message}, as {@code validate} prints it after {@code warning: }. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
