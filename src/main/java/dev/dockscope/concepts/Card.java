package dev.dockscope.concepts;

import java.util.List;

/**
 * One concept card, read from {@code src/main/resources/concepts/<slug>.yaml}. The diagram is stored with Unicode
 * box drawing; the {@code --ascii} form is derived from it (see {@code render/text/CardAscii}).
 *
 * @param explanation paragraphs separated by a blank line
 * @param aliases     extra words {@code dockscope learn WORD} accepts for this card
 */
public record Card(String slug, String title, String oneLine, List<String> aliases, String explanation,
                   String diagram, List<Command> commands, List<String> mistakes, List<Question> questions,
                   List<String> related) {

    public Card {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        commands = commands == null ? List.of() : List.copyOf(commands);
        mistakes = mistakes == null ? List.of() : List.copyOf(mistakes);
        questions = questions == null ? List.of() : List.copyOf(questions);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A command that shows the concept, and what it shows. */
    public record Command(String command, String shows) {
    }

    /** A self-check question and its answer (hidden in text output unless {@code --answers}). */
    public record Question(String question, String answer) {
    }

    /** The paragraphs of the explanation. */
    public List<String> paragraphs() {
        return explanation == null ? List.of()
                : java.util.Arrays.stream(explanation.strip().split("\\n\\s*\\n"))
                        .map(p -> p.strip().replaceAll("\\s*\\n\\s*", " ")).filter(p -> !p.isEmpty()).toList();
    }

    /** The diagram's lines, without trailing blank lines or trailing spaces. */
    public List<String> diagramLines() {
        if (diagram == null) {
            return List.of();
        }
        return java.util.Arrays.stream(diagram.stripTrailing().split("\n", -1)).map(String::stripTrailing).toList();
    }
}
