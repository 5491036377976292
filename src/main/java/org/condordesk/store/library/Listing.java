package org.condordesk.store.library;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Rows of the library as a list, plus one line for each row that could not be read and was left out (a damaged
 * tag list, a date that is not a date): one bad row must not hide the whole library, nor be hidden itself.
 */
public final class Listing<T> extends AbstractList<T> {

    private final List<T> items;
    private final List<String> skipped;

    Listing(List<T> items, List<String> skipped) {
        this.items = List.copyOf(items);
        this.skipped = List.copyOf(skipped);
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** The rows that pass {@code test}, with the same rows named as skipped. */
    public Listing<T> filter(Predicate<? super T> test) {
        return new Listing<>(items.stream().filter(test).toList(), skipped);
    }

    /** One line per row left out, naming it and what is wrong with it; empty when every row was read. */
    public List<String> skipped() {
        return skipped;
    }
}
