package io.spokes.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core is the model and nothing else (docs/architecture.md): it reads no files, opens no
 * sockets, knows no format, server or cluster. Maven's module graph cannot say this, because the
 * JDK's I/O is always on the class path and a dependency added to the core's pom would bring its
 * own; so the rule is checked on the compiled classes.
 */
class CoreDependenciesTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.spokes.core");
    }

    private static final String[] BASICS = {
        "io.spokes.core..", "java.lang..", "java.util..", "java.time..", "java.math..",
        // graphs and distributions, the core's only libraries (spokes-core/pom.xml)
        "org.jgrapht..", "org.apache.commons.statistics..", "org.apache.commons.rng.."};

    @Test
    void coreUsesOnlyTheJdkBasicsAndItsMathematicalLibraries() {
        classes().that().resideInAPackage("io.spokes.core..").and().doNotHaveFullyQualifiedName(SpokesVersion.class.getName())
                .should().onlyDependOnClassesThat().resideInAnyPackage(BASICS)
                .because("the core has no I/O, web, Spark or format dependency (docs/architecture.md)")
                .check(core);
    }

    @Test
    void onlyTheVersionReadsAResourceOfItsOwn() {
        classes().that().haveFullyQualifiedName(SpokesVersion.class.getName())
                .should().onlyDependOnClassesThat(resideInAnyPackage(BASICS)
                        .or(belongToAnyOf(java.io.InputStream.class, java.io.IOException.class, java.io.UncheckedIOException.class)))
                .because("SpokesVersion reads version.properties from the class path, and nothing else")
                .check(core);
    }

    @Test
    void coreKnowsNoFilesNetworkFormatsServersOrClusters() {
        noClasses().that().resideInAPackage("io.spokes.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.nio.file..", "java.net..", "java.sql..",
                        "com.fasterxml.jackson..", "org.yaml..", "org.snakeyaml..",
                        "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..",
                        "org.apache.spark..", "org.apache.hadoop..", "org.apache.parquet..",
                        "picocli..", "org.knowm.xchart..",
                        "io.spokes.io..", "io.spokes.data..", "io.spokes.sweep..", "io.spokes.spark..",
                        "io.spokes.web..", "io.spokes.cli..")
                .check(core);
    }

    @Test
    void theRuleSeesTheCore() {
        // Guards against a rule that passes because it imported nothing.
        org.assertj.core.api.Assertions.assertThat(core.contain("io.spokes.core.crisis.CrisisSolver")).isTrue();
    }
}
