package org.condordesk.model;

/**
 * How a roll picks the new strikes: the same strikes; the same delta for every option leg; or the short legs by
 * the same delta with each long leg at its old distance (width) from its short leg. The names are the
 * {@code mode} values of scenario files.
 */
public enum RollMode {
    SAME_STRIKES, SAME_DELTAS, SAME_WIDTH
}
