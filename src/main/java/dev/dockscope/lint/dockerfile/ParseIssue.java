package dev.dockscope.lint.dockerfile;

/** Something the parser could not accept; the syntax rules turn these into findings. */
public record ParseIssue(Kind kind, Pos pos, String message) {

    public enum Kind {
        UNKNOWN_INSTRUCTION, BAD_ARGUMENTS, UNTERMINATED_HEREDOC, INVALID_JSON, EMPTY_CONTINUATION,
        NO_INSTRUCTIONS, BAD_FIRST_INSTRUCTION, BAD_DIRECTIVE, UNKNOWN_FLAG, BAD_ONBUILD
    }
}
