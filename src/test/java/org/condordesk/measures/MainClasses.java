package org.condordesk.measures;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The main classes as ArchUnit reads them, imported once per test JVM (ArchitectureTest and CodeMeasuresTest share it). */
public final class MainClasses {

    public static final String BASE = "org.condordesk";

    private MainClasses() {
    }

    /** Every class of {@code src/main} under {@link #BASE} (test classes and jars left out). */
    public static JavaClasses main() {
        return Holder.MAIN;
    }

    /** Main and test classes together: who uses a main member from the tests. */
    public static JavaClasses mainAndTests() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(BASE);
    }

    private static final class Holder {
        static final JavaClasses MAIN = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(BASE);
    }
}
