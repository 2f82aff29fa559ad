package dev.dockscope.lint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellTest {
    private static List<String> names(String s) {
        return Shell.commands(s).stream().map(Command::name).toList();
    }

    @Test
    void splitsOnAndOrSemicolonPipeAndNewline() {
        assertEquals(List.of("apt-get", "apt-get", "rm", "curl", "sh", "echo", "true"),
                names("apt-get update && apt-get install -y x; rm -rf /a\ncurl -s u | sh || echo no & true"));
        var cs = Shell.commands("curl u | sh");
        assertEquals("|", cs.get(0).after());
        assertEquals("|", cs.get(1).before());
    }

    @Test
    void quotesAndEscapesStayInsideWords() {
        var c = Shell.commands("echo \"a && b\" 'c; d' e\\ f").get(0);
        assertEquals(List.of("a && b", "c; d", "e f"), c.args());
    }

    @Test
    void substitutionsAreOneWord() {
        var c = Shell.commands("tar -C $(dirname \"/a b\") -x `pwd` ${X:-y}").get(0);
        assertEquals(List.of("-C", "$(dirname \"/a b\")", "-x", "`pwd`", "${X:-y}"), c.args());
    }

    @Test
    void redirectionsAndTheirTargetsAreDropped() {
        var c = Shell.commands("apt-get install -y curl > /dev/null 2>&1").get(0);
        assertEquals(List.of("install", "-y", "curl"), c.args());
    }

    @Test
    void assignmentsCommentsAndReservedWords() {
        var cs = Shell.commands("DEBIAN_FRONTEND=noninteractive apt-get install x # comment && rm\n"
                + "if [ -f a ]; then cd /x; fi");
        assertEquals(List.of("DEBIAN_FRONTEND=noninteractive"), cs.get(0).assignments());
        assertEquals("apt-get", cs.get(0).name());
        assertEquals(List.of("apt-get", "[", "cd"), cs.stream().map(Command::name).toList());
    }

    @Test
    void wrappersArePeeled() {
        var c = Shell.commands("sudo -E env A=1 /usr/bin/apt-get install x").get(0).unwrapped();
        assertEquals("apt-get", c.program());
        assertTrue(c.is("apt-get", "install"));
    }

    @Test
    void offsetsPointAtTheCommand() {
        String s = "cd /a &&  npm ci";
        var c = Shell.commands(s).get(1);
        assertEquals(s.indexOf("npm"), c.offset());
    }
}
