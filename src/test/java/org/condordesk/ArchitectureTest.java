package org.condordesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package layering of BRIEF-COMMON / docs/architecture.md, enforced on every main source file: a package
 * uses only the packages below it, nothing below {@code ui} touches JavaFX, {@code ui.vm} never touches
 * {@code javafx.scene}. Both imports and fully qualified names in code are checked (comments and strings are
 * not code). A failure names the file and the offending reference.
 */
class ArchitectureTest {

    static final Path MAIN_SOURCES = Path.of("src", "main", "java");
    private static final String BASE = "org.condordesk";

    /** Top-level package under org.condordesk → the top-level packages it may use (besides itself). */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("pricing", Set.of("model")),
            Map.entry("market", Set.of("model", "pricing")),
            Map.entry("template", Set.of("model", "market", "pricing")),
            Map.entry("risk", Set.of("model", "market", "pricing")),
            Map.entry("chain", Set.of("model", "market", "pricing")),
            Map.entry("trade", Set.of("model", "market", "pricing", "risk", "template", "store")),
            Map.entry("capital", Set.of("model", "market", "pricing", "risk", "template")),
            Map.entry("store", Set.of("model", "market")),
            Map.entry("signals", Set.of("model", "market", "store")),
            Map.entry("backtest", Set.of("model", "pricing", "market", "template", "risk", "chain", "trade", "capital",
                    "store", "signals")),
            Map.entry("app", Set.of("model", "pricing", "market", "template", "risk", "chain", "trade", "capital", "store",
                    "signals", "backtest")),
            Map.entry("cli", Set.of("model", "pricing", "market", "template", "risk", "chain", "trade", "capital", "store",
                    "signals", "backtest", "app")),
            Map.entry("ui", Set.of("model", "pricing", "market", "template", "risk", "chain", "trade", "capital", "store",
                    "signals", "backtest", "app", "cli")));
    /** {@code pricing} may use {@code model}'s two-value OptionRight, nothing else of it. */
    private static final Set<String> PRICING_MAY_USE_FROM_MODEL = Set.of(BASE + ".model.OptionRight");
    /** The GUI toolkits: JavaFX and the AtlantaFX theme built on it. */
    private static final List<String> GUI_PREFIXES = List.of("javafx.", "atlantafx.");

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;", Pattern.MULTILINE);
    /** A qualified name in code: org.condordesk.x.Y, javafx.x.Y, atlantafx.x.Y. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:org\\.condordesk|javafx|atlantafx)(?:\\.\\w+)+)");
    /** Comments, text blocks, strings and char literals, removed before looking for qualified names. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

    @Test
    void everyMainSourceFileKeepsToTheLayering() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(MAIN_SOURCES)) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                violations.addAll(violations(file.toString(), Files.readString(file)));
                files++;
            }
        }
        assertThat(files).as("main source files found").isGreaterThan(100);
        assertThat(violations).as("layering violations (docs/architecture.md)").isEmpty();
    }

    /** Not vacuous: the checker finds each kind of violation in sources written to break it. */
    @Test
    void theCheckerFindsEachKindOfViolation() {
        assertThat(violations("Bad.java", "package org.condordesk.store;\nimport org.condordesk.risk.Analyzer;\n"))
                .containsExactly("Bad.java: store may not use risk (org.condordesk.risk.Analyzer)");
        assertThat(violations("Bad.java", "package org.condordesk.market;\nclass X { Object o = new javafx.scene.Node(); }"))
                .containsExactly("Bad.java: market is below ui and may not use JavaFX (javafx.scene.Node)");
        assertThat(violations("Bad.java", "package org.condordesk.ui.vm;\nimport javafx.scene.control.Label;\n"))
                .containsExactly("Bad.java: ui.vm may not use javafx.scene (javafx.scene.control.Label)");
        assertThat(violations("Bad.java", "package org.condordesk.pricing;\nimport org.condordesk.model.Scenario;\n"))
                .containsExactly("Bad.java: pricing may use only OptionRight from model (org.condordesk.model.Scenario)");
        assertThat(violations("Bad.java", "package org.condordesk.gadgets;\n"))
                .containsExactly("Bad.java: package gadgets is not in the layering table (ArchitectureTest.MAY_USE, docs/architecture.md)");
        assertThat(violations("Ok.java", "package org.condordesk.ui.vm;\nimport javafx.beans.property.ObjectProperty;\n"
                + "// org.condordesk.cli.Foo in a comment\nclass X { String s = \"javafx.scene.Node\"; }")).isEmpty();
        assertThat(violations("Ok.java", "package org.condordesk.backtest;\nimport org.condordesk.signals.Rule;\n")).isEmpty();
    }

    /** Each reference of {@code source} (in file {@code name}) that breaks a rule, as one line naming both. */
    static List<String> violations(String name, String source) {
        Matcher packageLine = PACKAGE.matcher(source);
        String pkg = packageLine.find() ? packageLine.group(1) : "";
        Optional<String> layer = topLevel(pkg);
        List<String> found = new ArrayList<>();
        if (layer.isEmpty()) {
            return found; // org.condordesk itself: the entry point (Main) starts either the CLI or the window
        }
        if (!MAY_USE.containsKey(layer.get())) {
            found.add(name + ": package " + layer.get() + " is not in the layering table (ArchitectureTest.MAY_USE, docs/architecture.md)");
            return found;
        }
        for (String reference : references(source)) {
            check(name, pkg, layer.get(), reference).ifPresent(problem -> {
                if (!found.contains(problem)) {
                    found.add(problem);
                }
            });
        }
        return found;
    }

    private static List<String> references(String source) {
        List<String> references = new ArrayList<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            references.add(imports.group(1));
        }
        Matcher qualified = QUALIFIED.matcher(NOT_CODE.matcher(IMPORT.matcher(PACKAGE.matcher(source).replaceAll(""))
                .replaceAll("")).replaceAll(" "));
        while (qualified.find()) {
            references.add(qualified.group(1));
        }
        return references;
    }

    private static Optional<String> check(String name, String pkg, String layer, String reference) {
        if (GUI_PREFIXES.stream().anyMatch(reference::startsWith)) {
            if (!layer.equals("ui")) {
                return Optional.of(name + ": " + layer + " is below ui and may not use JavaFX (" + reference + ")");
            }
            boolean viewModel = pkg.equals(BASE + ".ui.vm") || pkg.startsWith(BASE + ".ui.vm.");
            return viewModel && reference.startsWith("javafx.scene.")
                    ? Optional.of(name + ": ui.vm may not use javafx.scene (" + reference + ")") : Optional.empty();
        }
        Optional<String> used = topLevel(reference);
        if (used.isEmpty() || used.get().equals(layer)) {
            return Optional.empty();
        }
        if (!MAY_USE.get(layer).contains(used.get())) {
            return Optional.of(name + ": " + layer + " may not use " + used.get() + " (" + reference + ")");
        }
        if (layer.equals("pricing") && used.get().equals("model") && !PRICING_MAY_USE_FROM_MODEL.contains(reference)) {
            return Optional.of(name + ": pricing may use only OptionRight from model (" + reference + ")");
        }
        return Optional.empty();
    }

    /** "store" for org.condordesk.store.json.X; empty for anything outside org.condordesk's sub-packages. */
    private static Optional<String> topLevel(String qualifiedName) {
        if (!qualifiedName.startsWith(BASE + ".")) {
            return Optional.empty();
        }
        String rest = qualifiedName.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        String first = dot < 0 ? rest : rest.substring(0, dot);
        // org.condordesk.Main is a class of the base package, not a package: class names start upper-case.
        return first.isEmpty() || Character.isUpperCase(first.charAt(0)) ? Optional.empty() : Optional.of(first);
    }
}
