package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.List;

/** A backtest run: its window (first and last trading day), notes on how the window was set, and each variant. */
public record BacktestResult(LocalDate firstDay, LocalDate lastDay, List<String> notes, List<VariantResult> variants) {

    public BacktestResult {
        notes = List.copyOf(notes);
        variants = List.copyOf(variants);
    }
}
