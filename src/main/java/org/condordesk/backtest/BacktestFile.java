package org.condordesk.backtest;

import java.util.Optional;

import org.condordesk.model.Check;

/**
 * A backtest config file as read (docs/backtest.md §config): the run's config, the history files it names (resolved
 * against the file's folder), and the optional parameter sweep with the metric its heatmap shows.
 */
public record BacktestFile(BacktestConfig config, HistoryFiles history, Optional<Sweep.Grid> sweep, Sweep.Metric metric) {

    public BacktestFile {
        Check.present("config", config);
        Check.present("history", history);
        Check.present("sweep", sweep);
        Check.present("metric", metric);
    }
}
