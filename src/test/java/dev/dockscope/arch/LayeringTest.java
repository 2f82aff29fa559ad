package dev.dockscope.arch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The product's packages keep the floors of {@link Layering}; the rules themselves catch what they must. */
class LayeringTest {
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.dockscope");

    @Test
    void nothingImportsUpward() {
        Layering.layers("dev.dockscope").check(PRODUCT);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        Layering.noCycles("dev.dockscope").check(PRODUCT);
    }

    @Test
    void theProductHasEveryFloor() {
        for (String p : new String[] {"cli", "explain", "docker", "render", "lint", "analysis", "concepts", "config", "model"}) {
            assertFalse(PRODUCT.that(DescribedPredicate.describe(p,
                    c -> c.getPackageName().startsWith("dev.dockscope." + p))).isEmpty(), "no classes in " + p);
        }
    }

    // the test of the test: fixture packages under dev.dockscope.arch.fixture break the rules on purpose

    private static final JavaClasses FIXTURE = new ClassFileImporter()
            .importPackages("dev.dockscope.arch.fixture");

    @Test
    void aModelClassUsingACommandByFullyQualifiedNameIsCaught() {
        EvaluationResult r = Layering.layers("dev.dockscope.arch.fixture").evaluate(FIXTURE);
        assertTrue(r.hasViolation(), "an upward use must be a violation");
        String report = String.join("\n", r.getFailureReport().getDetails());
        assertTrue(report.contains("fixture.model.UpwardUse") && report.contains("fixture.cli.SomeCommand"), report);
    }

    @Test
    void aCycleBetweenPeersIsCaught() {
        EvaluationResult r = Layering.noCycles("dev.dockscope.arch.fixture").evaluate(FIXTURE);
        assertTrue(r.hasViolation(), "lint ⇄ concepts must be a cycle");
        String report = String.join("\n", r.getFailureReport().getDetails());
        assertTrue(report.contains("fixture.lint.Rule") && report.contains("fixture.concepts.Card"), report);
    }
}
