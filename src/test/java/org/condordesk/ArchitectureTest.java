package org.condordesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.condordesk.measures.MainClasses;
import org.junit.jupiter.api.Test;

/**
 * The package layering of docs/architecture.md, read from the compiled classes by ArchUnit (so formatting, split
 * imports or fully qualified names cannot hide a dependency): each package uses only the packages its row allows,
 * no package of {@code org.condordesk} lies outside the table, no cycles between packages ({@code ui}'s feature
 * packages each a slice of their own), no JavaFX, AWT or Swing below {@code ui}, no {@code javafx.scene} in a class
 * named {@code *Model}, view models never see views, {@code ui} never uses {@code cli}, no class loaded by name.
 * Every rule is built for a base package, so that {@link #everyEvasionOfTheOldRegexCheckIsCaught} runs the same
 * rules on the fixtures under {@code org.condordesk.archfixture} (test classes, never part of the main import).
 */
class ArchitectureTest {

    static final String BASE = "org.condordesk";

    /** Top-level package → the top-level packages it may use (besides itself): docs/architecture.md's table. */
    static final Map<String, List<String>> MAY_USE = table();

    private static Map<String, List<String>> table() {
        Map<String, List<String>> table = new LinkedHashMap<>();
        table.put("model", List.of());
        table.put("pricing", List.of("model"));
        table.put("market", List.of("model", "pricing"));
        table.put("template", List.of("model", "market", "pricing"));
        table.put("risk", List.of("model", "market", "pricing"));
        table.put("chain", List.of("model", "market", "pricing"));
        table.put("capital", List.of("model", "market", "pricing", "risk", "template"));
        table.put("store", List.of("model", "market"));
        table.put("trade", List.of("model", "market", "pricing", "risk", "template", "store"));
        table.put("signals", List.of("model", "market", "store"));
        table.put("backtest", List.of("model", "pricing", "market", "template", "risk", "chain", "trade", "capital",
                "store", "signals"));
        table.put("app", List.of("model", "pricing", "market", "template", "risk", "chain", "trade", "capital", "store",
                "signals", "backtest"));
        table.put("cli", List.of("model", "pricing", "market", "template", "risk", "chain", "trade", "capital", "store",
                "signals", "backtest", "app"));
        // ui uses everything but cli (the launcher in the base package chooses between the two).
        table.put("ui", List.of("model", "pricing", "market", "template", "risk", "chain", "trade", "capital", "store",
                "signals", "backtest", "app"));
        return table;
    }

    private static final JavaClasses MAIN = MainClasses.main();

    /** The rules of docs/architecture.md for the packages under {@code base}. */
    record Rules(String base) {

        ArchRule layering() {
            Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
                    .consideringOnlyDependenciesInLayers();
            for (String layer : MAY_USE.keySet()) {
                layers = layers.layer(layer).definedBy(base + "." + layer + "..");
            }
            for (Map.Entry<String, List<String>> row : MAY_USE.entrySet()) {
                layers = row.getValue().isEmpty() ? layers.whereLayer(row.getKey()).mayNotAccessAnyLayer()
                        : layers.whereLayer(row.getKey()).mayOnlyAccessLayers(row.getValue().toArray(String[]::new));
            }
            return layers.withOptionalLayers(true).because("docs/architecture.md's table");
        }

        /** Fails closed: a package missing from the table is a failure, not an exemption. */
        ArchRule everyPackageIsInTheTable() {
            String[] known = MAY_USE.keySet().stream().map(layer -> base + "." + layer + "..").toArray(String[]::new);
            return classes().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(base)
                    .should().resideInAnyPackage(known)
                    .because("every package has a row in docs/architecture.md's table").allowEmptyShould(true);
        }

        ArchRule pricingUsesOnlyOptionRightFromModel() {
            return noClasses().that().resideInAPackage(base + ".pricing..")
                    .should().dependOnClassesThat(DescribedPredicate.describe("are in model other than OptionRight",
                            (JavaClass c) -> c.getPackageName().startsWith(base + ".model")
                                    && !c.getSimpleName().equals("OptionRight")))
                    .allowEmptyShould(true);
        }

        ArchRule noGuiToolkitBelowUi() {
            return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(base + ".ui..")
                    .and().resideOutsideOfPackage(base)
                    .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "java.awt..",
                            "javax.swing..")
                    .because("nothing below ui touches a GUI toolkit").allowEmptyShould(true);
        }

        ArchRule noSceneGraphInModels() {
            return noClasses().that().resideInAPackage(base + "..").and().haveSimpleNameEndingWith("Model")
                    .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                    .because("a view model holds state and commands, its view holds the nodes")
                    .allowEmptyShould(true);
        }

        ArchRule viewModelsDoNotKnowTheirViews() {
            return noClasses().that().resideInAPackage(base + ".ui.vm..")
                    .should().dependOnClassesThat().resideInAnyPackage(base + ".ui.view..", "javafx.scene..")
                    .allowEmptyShould(true);
        }

        ArchRule uiDoesNotUseCli() {
            return noClasses().that().resideInAPackage(base + ".ui..")
                    .should().dependOnClassesThat().resideInAPackage(base + ".cli..").allowEmptyShould(true);
        }

        /** A class loaded by name is a dependency no bytecode reference shows: none in the code. */
        ArchRule noClassLoadedByName() {
            return noClasses().that().resideInAPackage(base + "..")
                    .should().callMethod(Class.class, "forName", String.class)
                    .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
                    .allowEmptyShould(true);
        }

        ArchRule noCyclesBetweenTopLevelPackages() {
            return slices().assignedFrom(slicing(false)).should().beFreeOfCycles();
        }

        ArchRule noCyclesBetweenUiPackages() {
            return slices().assignedFrom(slicing(true)).should().beFreeOfCycles();
        }

        /** Top-level packages as slices ({@code ui} whole), or ui's packages only (its root and each feature package). */
        private SliceAssignment slicing(boolean uiOnly) {
            return new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    String name = javaClass.getPackageName();
                    if (!name.startsWith(base + ".")) {
                        return SliceIdentifier.ignore();
                    }
                    String[] parts = name.substring(base.length() + 1).split("\\.");
                    if (uiOnly) {
                        return !parts[0].equals("ui") ? SliceIdentifier.ignore()
                                : SliceIdentifier.of(parts.length > 1 ? "ui." + parts[1] : "ui");
                    }
                    return SliceIdentifier.of(parts[0]);
                }

                @Override
                public String getDescription() {
                    return uiOnly ? "ui's packages" : "top-level packages of " + base;
                }
            };
        }

        List<ArchRule> all() {
            return List.of(layering(), everyPackageIsInTheTable(), pricingUsesOnlyOptionRightFromModel(),
                    noGuiToolkitBelowUi(), noSceneGraphInModels(), viewModelsDoNotKnowTheirViews(), uiDoesNotUseCli(),
                    noClassLoadedByName(), noCyclesBetweenTopLevelPackages(), noCyclesBetweenUiPackages());
        }
    }

    private static final Rules MAIN_RULES = new Rules(BASE);

    @Test
    void theMainClassesAreImportedWithoutTheFixtures() {
        assertThat(MAIN.size()).as("main classes").isGreaterThan(300);
        assertThat(MAIN.stream().anyMatch(c -> c.getPackageName().startsWith(BASE + ".archfixture"))).isFalse();
    }

    @Test
    void everyPackageUsesOnlyWhatItsRowAllows() {
        MAIN_RULES.layering().check(MAIN);
        MAIN_RULES.pricingUsesOnlyOptionRightFromModel().check(MAIN);
    }

    @Test
    void everyPackageHasARow() {
        MAIN_RULES.everyPackageIsInTheTable().check(MAIN);
    }

    @Test
    void noGuiToolkitBelowUi() {
        MAIN_RULES.noGuiToolkitBelowUi().check(MAIN);
    }

    @Test
    void viewModelsHoldNoNodesAndKnowNoViews() {
        MAIN_RULES.noSceneGraphInModels().check(MAIN);
        MAIN_RULES.viewModelsDoNotKnowTheirViews().check(MAIN);
    }

    @Test
    void uiDoesNotUseCli() {
        MAIN_RULES.uiDoesNotUseCli().check(MAIN);
    }

    @Test
    void noClassIsLoadedByName() {
        MAIN_RULES.noClassLoadedByName().check(MAIN);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        MAIN_RULES.noCyclesBetweenTopLevelPackages().check(MAIN);
    }

    @Test
    void noCyclesBetweenUiPackages() {
        MAIN_RULES.noCyclesBetweenUiPackages().check(MAIN);
    }

    /**
     * Not vacuous: each of the seven violations issue 24 found the regex checker passing, compiled as a fixture class
     * under {@code org.condordesk.archfixture}, is reported by the rules, naming the fixture class.
     */
    @Test
    void everyEvasionOfTheOldRegexCheckIsCaught() {
        String fixtures = BASE + ".archfixture";
        JavaClasses classes = new ClassFileImporter().importPackages(fixtures);
        Rules rules = new Rules(fixtures);
        Map<String, ArchRule> caught = Map.of(
                "IndentedPackageLine", rules.layering(),
                "SplitImport", rules.layering(),
                "LibraryBrowserModel", rules.noSceneGraphInModels(),
                "ViewModelSeeingItsView", rules.viewModelsDoNotKnowTheirViews(),
                "LoadsByName", rules.noClassLoadedByName(),
                "AwtBelowUi", rules.noGuiToolkitBelowUi(),
                "UiUsingCli", rules.uiDoesNotUseCli());
        assertThat(caught).hasSize(7);
        for (Map.Entry<String, ArchRule> evasion : caught.entrySet()) {
            EvaluationResult result = evasion.getValue().evaluate(classes);
            assertThat(result.hasViolation()).as(evasion.getKey()).isTrue();
            assertThat(result.getFailureReport().getDetails()).as(evasion.getKey())
                    .anyMatch(line -> line.contains("." + evasion.getKey()));
        }
        // The fixtures that keep to the rules are reported by none: the rules do not simply fail everything.
        for (ArchRule rule : rules.all()) {
            assertThat(rule.evaluate(classes).getFailureReport().getDetails()).as(rule.getDescription())
                    .noneMatch(line -> line.contains(".Allowed"));
        }
    }

    /** A package missing from the table fails (the old checker's "fails open" case, from the other side). */
    @Test
    void aPackageOutsideTheTableIsReported() {
        JavaClasses classes = new ClassFileImporter().importPackages(BASE + ".archfixture");
        EvaluationResult result = new Rules(BASE).everyPackageIsInTheTable().evaluate(classes);
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("archfixture.store.AllowedStore"));
    }
}
