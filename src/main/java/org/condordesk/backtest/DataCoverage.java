package org.condordesk.backtest;

/**
 * How many of one variant's prices were real and how many modelled (docs/backtest.md §real data): leg fills when a
 * trade opens ({@code entries}), every other price the replay used (the daily marks, exits and hedge resizes:
 * {@code marks}) and legs settled at expiry ({@code settlements}). An SPX PM option settles on the day's SPX close,
 * which is its official settlement value, so it counts as real; a VIX leg settles on a real final settlement value
 * only where the VX history has the expiry day's row.
 */
public record DataCoverage(int entriesReal, int entriesModel, int marksReal, int marksModel, int settlementsReal,
                           int settlementsModel) {

    public static final DataCoverage NONE = new DataCoverage(0, 0, 0, 0, 0, 0);

    public DataCoverage {
        if (entriesReal < 0 || entriesModel < 0 || marksReal < 0 || marksModel < 0 || settlementsReal < 0
                || settlementsModel < 0) {
            throw new IllegalArgumentException("coverage counts cannot be negative");
        }
    }

    /** "entries 12/40 real, marks 300/900 real, settlements 40/40 real": the window's line. */
    public String describe() {
        return "entries " + entriesReal + "/" + (entriesReal + entriesModel) + " real, marks " + marksReal + "/"
                + (marksReal + marksModel) + " real, settlements " + settlementsReal + "/"
                + (settlementsReal + settlementsModel) + " real";
    }

    /** Counts as the replay goes; one per variant run, never shared between threads. */
    static final class Counter {
        private final int[] counts = new int[6];

        void entry(boolean real) {
            counts[real ? 0 : 1]++;
        }

        void mark(boolean real) {
            counts[real ? 2 : 3]++;
        }

        void settlement(boolean real) {
            counts[real ? 4 : 5]++;
        }

        DataCoverage result() {
            return new DataCoverage(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        }
    }
}
