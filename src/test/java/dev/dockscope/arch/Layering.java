package dev.dockscope.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Set;

/**
 * dockscope's floors, top to bottom, as rules over a base package ({@code dev.dockscope} for the product; another
 * base lets a test prove the rules catch a deliberate violation). Nothing imports upward; peers on one floor (lint,
 * analysis, concepts) do not import each other in a cycle.
 *
 * <pre>
 * composition   Main, Dockscope, CdsTraining (the root package's entry points)
 * cli           picocli commands
 * explain       use cases: live card finders, lint insight
 * docker        the Engine API: endpoint, read-only facade, image sources
 * render        text, JSON, lint formats
 * lint · analysis · concepts
 * config        the project's .dockscope.yaml: one lookup rule, one YAML mapper
 * model         immutable records, sanitised text
 * root          ExitCode, DockscopeException, VersionProvider (the rest of the root package)
 * </pre>
 */
final class Layering {
    static final Set<String> COMPOSITION = Set.of("Main", "Dockscope", "CdsTraining");

    private Layering() {
    }

    static LayeredArchitecture layers(String base) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("composition").definedBy(rootClass(base, true))
                .layer("cli").definedBy(base + ".cli..")
                .layer("explain").definedBy(base + ".explain..")
                .layer("docker").definedBy(base + ".docker..")
                .layer("render").definedBy(base + ".render..")
                .layer("lint").definedBy(base + ".lint..")
                .layer("analysis").definedBy(base + ".analysis..")
                .layer("concepts").definedBy(base + ".concepts..")
                .layer("config").definedBy(base + ".config..")
                .layer("model").definedBy(base + ".model..")
                .layer("root").definedBy(rootClass(base, false))
                .whereLayer("composition").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("composition")
                .whereLayer("explain").mayOnlyBeAccessedByLayers("composition", "cli")
                .whereLayer("docker").mayOnlyBeAccessedByLayers("composition", "cli", "explain")
                .whereLayer("render").mayOnlyBeAccessedByLayers("composition", "cli", "explain", "docker")
                .whereLayer("lint").mayOnlyBeAccessedByLayers("composition", "cli", "explain", "docker", "render",
                        "analysis", "concepts")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("composition", "cli", "explain", "docker",
                        "render", "lint", "concepts")
                .whereLayer("concepts").mayOnlyBeAccessedByLayers("composition", "cli", "explain", "docker",
                        "render", "lint", "analysis")
                .whereLayer("config").mayOnlyBeAccessedByLayers("composition", "cli", "explain", "docker", "render",
                        "lint", "analysis", "concepts")
                .whereLayer("model").mayOnlyBeAccessedByLayers("config", "composition", "cli", "explain", "docker",
                        "render",
                        "lint", "analysis", "concepts");
    }

    /** No cycles between the top-level packages (catches lint ⇄ concepts and the like among peers). */
    static ArchRule noCycles(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles();
    }

    private static DescribedPredicate<JavaClass> rootClass(String base, boolean composition) {
        return DescribedPredicate.describe(composition ? "the composition root" : "the root types",
                c -> c.getPackageName().equals(base)
                        && COMPOSITION.contains(topLevel(c).getSimpleName()) == composition);
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }
}
