package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.render.text.TextWidth;
import dev.dockscope.support.Cli;
import org.junit.jupiter.api.Test;

/** Colour is decided once: --color beats NO_COLOR beats the terminal; width: --width, else COLUMNS, else 100. */
class ColorAndWidthTest {
    private static final String ESC = "\u001b[";

    private static Cli.Result lint(Cli cli, String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "lint";
        args[1] = "examples/Dockerfile";
        args[2] = "--fail-on";
        args[3] = "none";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return cli.run(args).assertExit(0);
    }

    @Test
    void autoColoursOnATerminal() {
        assertTrue(lint(Cli.create().tty(true)).out().contains(ESC));
    }

    @Test
    void autoNeverColoursAPipe() {
        assertFalse(lint(Cli.create().tty(false)).out().contains(ESC));
    }

    @Test
    void noColorBeatsTheTerminal() {
        assertFalse(lint(Cli.create().tty(true).env("NO_COLOR", "1")).out().contains(ESC));
    }

    @Test
    void dumbTerminalGetsNoColour() {
        assertFalse(lint(Cli.create().tty(true).env("TERM", "dumb")).out().contains(ESC));
    }

    @Test
    void colorFlagBeatsNoColor() {
        assertTrue(lint(Cli.create().tty(false).env("NO_COLOR", "1"), "--color", "always").out().contains(ESC));
        assertFalse(lint(Cli.create().tty(true), "--color", "never").out().contains(ESC));
    }

    @Test
    void jsonIsNeverColoured() {
        assertFalse(lint(Cli.create().tty(true), "-o", "json", "--color", "always").out().contains(ESC));
    }

    @Test
    void widthComesFromColumnsWhenNotGiven() {
        Cli.Result r = lint(Cli.create().env("COLUMNS", "60"));
        int widest = r.out().lines().mapToInt(TextWidth::of).max().orElse(0);
        assertTrue(widest <= 60 && widest > 50, "widest line " + widest);
    }

    @Test
    void widthDefaultsToAHundred() {
        Cli.Result r = lint(Cli.create());
        int widest = r.out().lines().mapToInt(TextWidth::of).max().orElse(0);
        assertTrue(widest <= 100 && widest > 80, "widest line " + widest);
        assertEquals(100, Session.DEFAULT_WIDTH);
    }
}
