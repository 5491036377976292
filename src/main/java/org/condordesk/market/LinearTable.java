package org.condordesk.market;

/** Linear interpolation in a table of increasing x, flat beyond both ends (futures curve, beta table). */
final class LinearTable {

    private LinearTable() {
    }

    static double at(double[] x, double[] y, double at) {
        int last = x.length - 1;
        if (at <= x[0]) {
            return y[0];
        }
        if (at >= x[last]) {
            return y[last];
        }
        int i = 1;
        while (x[i] < at) {
            i++;
        }
        double weight = (at - x[i - 1]) / (x[i] - x[i - 1]);
        return y[i - 1] + weight * (y[i] - y[i - 1]);
    }
}
