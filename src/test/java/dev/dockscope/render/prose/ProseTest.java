package dev.dockscope.render.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.dockscope.model.Fact;
import dev.dockscope.model.ci.CiComparison;
import dev.dockscope.model.image.ImageFacts.BaseFact;
import dev.dockscope.render.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every fact the model can hold has words, and the JSON view writes a fact as exactly those words. */
class ProseTest {
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.dockscope");

    /** A fact type that {@link Prose#of} does not dispatch would make {@code -o json} fail at run time. */
    @Test
    void proseWordsEveryFactType() {
        Set<String> named = PRODUCT.get(Prose.class).getDirectDependenciesFromSelf().stream()
                .map(Dependency::getTargetClass).map(JavaClass::getName).collect(Collectors.toSet());
        List<String> facts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (JavaClass c : PRODUCT) {
            if (c.isInterface() || !c.isAssignableTo(Fact.class)) {
                continue;
            }
            facts.add(c.getName());
            boolean covered = named.contains(c.getName()) || c.getAllRawInterfaces().stream()
                    .anyMatch(i -> !i.isEquivalentTo(Fact.class) && i.isAssignableTo(Fact.class)
                            && named.contains(i.getName()));
            if (!covered) {
                missing.add(c.getName());
            }
        }
        assertTrue(facts.size() >= 10, "found the fact types: " + facts);
        assertEquals(List.of(), missing, "fact types Prose.of has no words for");
    }

    @Test
    void aFactNobodyWordsFailsLoudly() {
        Fact unknown = new Fact() {
        };
        assertThrows(IllegalArgumentException.class, () -> Prose.of(unknown));
    }

    @Test
    void jsonWritesAFactAsItsSentence() {
        BaseFact base = new BaseFact(BaseFact.Kind.LOCAL_IMAGE, "busybox:1", null);
        assertEquals("\"local image busybox:1 has exactly the layers below this point\"", Json.write(base));
        CiComparison off = CiComparison.disabled("highestWastedBytes", CiComparison.Unit.BYTES, 5);
        assertEquals("\"highestWastedBytes is disabled\"", Json.write(off));
        assertEquals(CiProse.message(off), Prose.of(off));
    }
}
