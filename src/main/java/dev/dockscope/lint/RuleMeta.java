package dev.dockscope.lint;

import dev.dockscope.concepts.Concept;
import java.util.List;

/**
 * What a rule is: stable id (never reused), default severity, the concept card it teaches, why it matters, how to
 * fix it, and its nearest hadolint ids and BuildKit check names.
 */
public record RuleMeta(String id, Severity severity, String title, Family family, Concept concept, String rationale,
                       String fix, List<String> hadolint, List<String> buildkit) {
}
