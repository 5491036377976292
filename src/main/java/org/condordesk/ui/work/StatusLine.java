package org.condordesk.ui.work;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A window's status line: what the last command did, or why it was refused or failed (shown in red), with the
 * technical form of a refusal (its JSON path) for the tooltip. The workstation and the library browser each own one;
 * background work reports here. Call it on the FX thread.
 */
public final class StatusLine {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "messageDetail", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "messageIsError");

    /** Shows what a command did; clears the error colour and the detail. */
    public void inform(String text) {
        message.set(text);
        detail.set("");
        error.set(false);
    }

    /** Shows a refusal or failure in red: {@code reason} in the trader's words, {@code technical} for the tooltip. */
    public void fail(String reason, String technical) {
        message.set(reason);
        detail.set(technical);
        error.set(true);
    }

    /** Shows a failure in red whose reason is also its detail. */
    public void fail(String reason) {
        fail(reason, reason);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    /** The technical form of the last refusal, for the tooltip; empty after an ordinary message. */
    public ReadOnlyStringProperty messageDetailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean isError() {
        return error.get();
    }
}
