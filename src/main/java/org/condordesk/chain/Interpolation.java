package org.condordesk.chain;

/** Linear interpolation on the first n points of increasing x, flat beyond both ends; NaN when n = 0. */
final class Interpolation {

    private Interpolation() {
    }

    static double linearFlat(double[] x, double[] y, int n, double at) {
        if (n == 0) {
            return Double.NaN;
        }
        if (at <= x[0]) {
            return y[0];
        }
        if (at >= x[n - 1]) {
            return y[n - 1];
        }
        int i = 1;
        while (x[i] < at) {
            i++;
        }
        double weight = (at - x[i - 1]) / (x[i] - x[i - 1]);
        return y[i - 1] + weight * (y[i] - y[i - 1]);
    }
}
