package dev.dockscope.lint.dockerfile;

/**
 * A here-document attached to an instruction ({@code RUN <<EOF}, {@code COPY <<EOF /path}).
 *
 * @param delimiter   the word that ends it
 * @param quoted      true for {@code <<"EOF"} or {@code <<'EOF'} (no expansion inside)
 * @param stripTabs   true for {@code <<-EOF} (leading tabs removed from each line)
 * @param body        the lines between the marker line and the delimiter, joined with newlines (ending with one)
 * @param pos         where the {@code <<} marker stands
 * @param firstLine   the physical line of the body's first line
 * @param terminated  false when the file ended before the delimiter
 */
public record Heredoc(String delimiter, boolean quoted, boolean stripTabs, String body, Pos pos, int firstLine,
                      boolean terminated) {
}
