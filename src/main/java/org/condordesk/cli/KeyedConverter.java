package org.condordesk.cli;

import java.util.function.Function;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A flag whose values are an enum's keys ({@code core-expiry}, {@code min-variance}): anything else is refused by name. */
abstract class KeyedConverter<E extends Enum<E>> implements ITypeConverter<E> {

    private final E[] values;
    private final Function<E, String> key;
    private final String what;

    KeyedConverter(E[] values, Function<E, String> key, String what) {
        this.values = values;
        this.key = key;
        this.what = what;
    }

    @Override
    public E convert(String value) {
        for (E candidate : values) {
            if (key.apply(candidate).equals(value)) {
                return candidate;
            }
        }
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            keys.append(i == 0 ? "" : i == values.length - 1 ? " or " : ", ").append(key.apply(values[i]));
        }
        throw new TypeConversionException("'" + value + "' is not " + what + ": use " + keys);
    }
}
