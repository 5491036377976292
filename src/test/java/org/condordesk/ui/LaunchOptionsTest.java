package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsOrAScenarioFileOpenTheWindow() {
        assertThat(LaunchOptions.isGui()).isTrue();
        assertThat(LaunchOptions.isGui("book.json")).isTrue();
        assertThat(LaunchOptions.isGui("--screenshot", "shot.png", "--theme", "dark")).isTrue();
        assertThat(LaunchOptions.parse(List.of("book.json")).file()).hasValue(Path.of("book.json"));
    }

    @Test
    void aSubcommandRunsTheCommandLine() {
        assertThat(LaunchOptions.isGui("report", "book.json")).isFalse();
        assertThat(LaunchOptions.isGui("help")).isFalse();
        assertThat(LaunchOptions.isGui("--help")).isFalse();
        assertThat(LaunchOptions.isGui("a.json", "b.json")).isFalse();
        assertThat(LaunchOptions.isGui("--theme", "purple")).isFalse();
    }
}
