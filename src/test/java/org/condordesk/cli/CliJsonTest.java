package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliJsonTest {

    @ParameterizedTest
    @CsvSource({
        "0.0121, 0.0121",
        "1.0E-5, 0.00001",
        "-4.31, -4.31",
        "2.0, 2",
        "123456.5, 123456.5",
        "1.0E-13, 1.0E-13",
        "2.5E20, 2.5E20",
        "0.0, 0",
        "-0.0, 0",
    })
    void doublesPrintAsPlainNumbersInTheOrdinaryRange(double value, String printed) {
        assertThat(CliJson.plain(value)).isEqualTo(printed);
    }

    @Test
    void objectsArePrettyPrintedInInsertionOrderWithNullForNonFiniteValues() {
        Map<String, Object> fields = CliJson.object();
        fields.put("zeta", 0.5);
        fields.put("alpha", 1.0E-5);
        fields.put("broken", Double.NaN);
        StringWriter out = new StringWriter();
        CliJson.print(new PrintWriter(out), fields);
        assertThat(out.toString().lines().map(String::strip).toList())
                .containsExactly("{", "\"zeta\" : 0.5,", "\"alpha\" : 0.00001,", "\"broken\" : null", "}");
    }
}
