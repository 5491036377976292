package org.condordesk.model;

/**
 * The one error type for bad input anywhere at the edge (file, CSV row, text field, CLI flag).
 * The message is a single line a trader can act on, naming where: {@code layers[1].legs[0].strike: must be > 0}.
 */
public final class ValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    public ValidationException(String path, String reason) {
        super(path == null || path.isEmpty() ? reason : path + ": " + reason);
        this.path = path == null ? "" : path;
        this.reason = reason;
    }

    /** Where the bad value sits, e.g. {@code layers[1].legs[0].strike}; empty when it is the whole input. */
    public String path() {
        return path;
    }

    /** What is wrong with it, without the path. */
    public String reason() {
        return reason;
    }

    /** The same error seen from one level up: {@code strike} becomes {@code legs[0].strike}. */
    public ValidationException under(String parent) {
        if (parent == null || parent.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        ValidationException moved = new ValidationException(joined, reason);
        moved.setStackTrace(getStackTrace());
        return moved;
    }
}
