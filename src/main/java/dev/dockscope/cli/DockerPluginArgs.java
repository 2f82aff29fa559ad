package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the docker CLI hands a plugin: its own whole argument list ({@code docker --context x scope image app} runs
 * {@code docker-scope --context x scope image app}) and its environment. This turns docker's global options into
 * dockscope's: {@code -H/--host} and {@code -c/--context} into {@code --host} / {@code --context} (docker lets
 * {@code --context} beat {@code DOCKER_HOST}, so DOCKER_HOST is then hidden), {@code --config DIR} into
 * {@code DOCKER_CONFIG}, {@code --tlsverify}/{@code --tls} and {@code --tlscacert/--tlscert/--tlskey} into
 * {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH}, {@code -D} into {@code --debug}; {@code -l} is dropped.
 */
public final class DockerPluginArgs {
    /** The plugin's command name: the word docker matched to find docker-scope. */
    static final String NAME = "scope";

    static final Set<String> VALUED = Set.of("-H", "--host", "-c", "--context", "--config", "-l", "--log-level",
            "--tlscacert", "--tlscert", "--tlskey");

    /** dockscope's arguments and the environment changes (a null value hides the variable). */
    public record Translated(List<String> args, Map<String, String> env) {
        public Function<String, String> apply(Function<String, String> base) {
            return name -> env.containsKey(name) ? env.get(name) : base.apply(name);
        }
    }

    private DockerPluginArgs() {
    }

    public static Translated translate(String... argv) {
        List<String> ours = new ArrayList<>();
        Map<String, String> env = new HashMap<>();
        String host = null;
        String context = null;
        boolean debug = false;
        boolean tls = false;
        Map<String, String> tlsFiles = new HashMap<>();
        int i = 0;
        for (; i < argv.length; i++) {
            String a = argv[i];
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            if (a.equals("--")) {
                i++;
                break;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (!a.startsWith("--") && a.length() > 2) {
                name = a.substring(0, 2); // -Hunix:///… and -H=unix:///…
                value = a.substring(2).startsWith("=") ? a.substring(3) : a.substring(2);
            }
            if (VALUED.contains(name) && value == null) {
                if (i + 1 >= argv.length) {
                    throw DockscopeException.usage("docker option " + name + " needs a value");
                }
                value = argv[++i];
            }
            switch (name) {
                case "-H", "--host" -> host = host == null ? value : host;
                case "-c", "--context" -> context = value;
                case "--config" -> env.put("DOCKER_CONFIG", value);
                case "-D", "--debug" -> debug = value == null || !value.equals("false");
                case "--tls", "--tlsverify" -> tls = value == null || !value.equals("false");
                case "--tlscacert" -> tlsFiles.put("ca.pem", value);
                case "--tlscert" -> tlsFiles.put("cert.pem", value);
                case "--tlskey" -> tlsFiles.put("key.pem", value);
                case "-l", "--log-level" -> {
                    // docker's own logging: nothing to do
                }
                default -> throw DockscopeException.usage("docker option " + a + " is not understood by dockscope; "
                        + "run dockscope directly");
            }
        }
        List<String> rest = new ArrayList<>(Arrays.asList(argv).subList(i, argv.length));
        if (!rest.isEmpty() && rest.get(0).equals(NAME)) {
            rest.remove(0);
        }
        if (host != null && context != null) {
            throw DockscopeException.usage("docker was given both --host and --context; use one");
        }
        if (host != null) {
            ours.add("--host");
            ours.add(host);
        }
        if (context != null) {
            ours.add("--context");
            ours.add(context);
            env.put("DOCKER_HOST", null);
        }
        if (debug) {
            ours.add("--debug");
        }
        if (tls || !tlsFiles.isEmpty()) {
            env.put("DOCKER_TLS_VERIFY", "1");
        }
        if (!tlsFiles.isEmpty()) {
            env.put("DOCKER_CERT_PATH", certFolder(tlsFiles));
        }
        // dockscope's options belong to the command they follow: put them after the command's name
        int at = !rest.isEmpty() && RootCommand.SUBCOMMANDS.contains(rest.get(0)) && !rest.get(0).equals("help") ? 1 : 0;
        rest.addAll(at, ours);
        return new Translated(List.copyOf(rest), env);
    }

    /** dockscope reads TLS material from one folder with docker's default names. */
    private static String certFolder(Map<String, String> files) {
        Path folder = null;
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = Path.of(e.getValue()).toAbsolutePath();
            Path parent = p.getParent();
            if (!p.getFileName().toString().equals(e.getKey()) || (folder != null && !folder.equals(parent))) {
                throw DockscopeException.usage("dockscope reads TLS files from one folder as ca.pem, cert.pem and key.pem "
                        + "(DOCKER_CERT_PATH); --tlscacert/--tlscert/--tlskey name " + String.join(", ", files.values()));
            }
            folder = parent;
        }
        return folder.toString();
    }
}
