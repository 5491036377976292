package org.condordesk.capital;

/**
 * One structure of a layer as the margin rules see it (an iron condor, a spread, an uncovered short, a long option, VX
 * futures…): its Reg-T {@code requirement} ($, the figure the Cboe Margin Manual names) and the {@code capital} ($)
 * it ties up at the open, the requirement plus what the longs cost less the short proceeds that may be applied.
 */
public record MarginLine(String description, double requirement, double capital) {
}
