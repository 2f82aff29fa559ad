package dev.dockscope.lint;

import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.lint.dockerfile.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the final image is for, read from the file alone: whether it runs a long-lived service (it EXPOSEs a port,
 * its command starts a server, or it keeps the command of a server base image), whether root is on purpose (the
 * entrypoint drops privileges, the server drops them itself, the program must be root), and whether it is a
 * general-purpose packaging of third-party software (official-image style: the software is downloaded and its
 * checksum or signature verified in the file) rather than an application's own image.
 *
 * <p>The final image is the final stage plus the stages it is built {@code FROM}, whose instructions it inherits.
 */
public final class ImageRole {
    /** Programs that start a server or daemon. */
    private static final Pattern SERVER = Pattern.compile("(gunicorn|uvicorn|hypercorn|daphne|uwsgi|waitress-serve"
            + "|fastapi|flask|celery|rails|puma|unicorn|thin|rackup|catalina\\.sh|nginx|httpd|httpd-foreground"
            + "|apache2-foreground|apachectl|apache2ctl|php-fpm\\S*|caddy|redis-server|postgres|mysqld|mongod"
            + "|mariadbd|memcached|rabbitmq-server|haproxy|traefik|supervisord|dockerd\\S*|sshd|next|nuxt|serve"
            + "|http-server|pm2|pm2-runtime|nodemon|minio|start-nginx)");
    /** A program name that says it serves (an API, a proxy, a bot, a worker…). */
    private static final Pattern SERVING_NAME = Pattern.compile(
            "(?i).*(server|api|proxy|gateway|daemon|service|web|http|indexer|worker|bot).*");
    /** Launchers in front of the real program. */
    private static final Set<String> WRAPPERS = Set.of("tini", "dumb-init", "exec", "--", "-g", "-s", "catatonit");
    /** Interpreters and tools that, started with no script, are a REPL or a build tool, not a service. */
    private static final Set<String> INTERPRETERS = Set.of("python", "python3", "node", "ruby", "php", "bash",
            "sh", "perl", "deno", "bun");
    /** Base images whose default command starts a server (kept when the file sets no CMD/ENTRYPOINT). */
    private static final Pattern SERVER_BASE = Pattern.compile("(?i)((docker\\.io/)?(library/)?)?(nginx|httpd"
            + "|tomcat|caddy|traefik|php:\\S*(fpm|apache)\\S*|\\S*linuxserver/baseimage\\S*)(:\\S*)?(@\\S+)?");
    /** Base images whose entrypoint or server drops root (kept when the file sets no CMD/ENTRYPOINT). */
    private static final Pattern DROPPING_BASE = Pattern.compile("(?i)((docker\\.io/)?(library/)?)?(nginx|httpd"
            + "|php:\\S*(fpm|apache)\\S*|postgres|redis|mongo|mysql|mariadb|rabbitmq|\\S*linuxserver/baseimage\\S*"
            + "|nextcloud:\\S*fpm\\S*)(:\\S*)?(@\\S+)?");
    /** Tools that start the program as another user. */
    private static final Pattern DROPS = Pattern.compile("\\b(gosu|su-exec|setpriv|s6-setuidgid|runuser"
            + "|chroot --userspec)\\b");
    /** Servers that start as root and switch to their own user. */
    private static final Pattern SELF_DROPPING = Pattern.compile("(nginx|httpd|apache2|apachectl|php-fpm)");
    /** A download verified in the file: how official images package third-party software. */
    private static final Pattern VERIFIED = Pattern.compile("gpg (--batch )?--verify|sha(1|256|512)sum (-c|--check)"
            + "|--strict --check");
    private static final Pattern VERSION_CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*_VERSION[ =]\\s*\"?[0-9].*");

    /** True when {@code s} has a literal part every match of {@link #VERIFIED} has. */
    private static boolean mayVerify(String s) {
        return s.contains("gpg ") || s.contains("sum -") || s.contains("--strict --check");
    }

    /** True when {@code s} has a literal part every match of {@link #DROPS} has. */
    private static boolean mayDrop(String s) {
        return s.contains("gosu") || s.contains("su-exec") || s.contains("setpriv") || s.contains("s6-setuidgid")
                || s.contains("runuser") || s.contains("chroot --userspec");
    }

    /** Programs that, run as the image's command, make it a tool or a development image, not an application. */
    private static final Set<String> TOOLS = Set.of("mvn", "mvnw", "gradle", "gradlew", "go", "cargo", "rustc",
            "git", "irb", "jshell", "tail", "sleep", "true", "cat", "make", "dotnet", "npm", "yarn", "pnpm", "docker");
    /** Helper files that packaging images copy next to the software they install: scripts and configuration. */
    private static final Pattern HELPER = Pattern.compile("(?i).*(\\.(sh|envsh|bash|conf|cnf|ini|template|exclude)"
            + "|entrypoint\\S*|-foreground|healthcheck\\S*)");

    private final boolean service;
    private final boolean rootOnPurpose;
    private final boolean packaging;
    private final boolean healthcheck;
    private final boolean application;
    private final boolean runsProgram;

    private ImageRole(boolean service, boolean rootOnPurpose, boolean packaging, boolean healthcheck,
                      boolean application, boolean runsProgram) {
        this.service = service;
        this.rootOnPurpose = rootOnPurpose;
        this.packaging = packaging;
        this.healthcheck = healthcheck;
        this.application = application;
        this.runsProgram = runsProgram;
    }

    /** The role of the file's final image (no stages: not a service). */
    public static ImageRole of(LintContext ctx) {
        Stage last = ctx.df().finalStage();
        if (last == null) {
            return new ImageRole(false, false, false, false, false, false);
        }
        List<Stage> lineage = ctx.lineage(last.from());
        List<Instruction> all = new ArrayList<>();
        for (int k = lineage.size() - 1; k >= 0; k--) {
            all.addAll(lineage.get(k).instructions());
        }
        String base = lineage.isEmpty() ? last.image() : lineage.get(lineage.size() - 1).image();
        List<String> entrypoint = List.of();
        List<String> cmd = List.of();
        boolean expose = false;
        boolean healthcheck = false;
        boolean drops = false;
        boolean verified = false;
        boolean versions = false;
        boolean ownFiles = false;
        int cmdStage = -1;
        for (Instruction i : all) {
            Instruction x = i.onbuild() != null ? i.onbuild() : i;
            if (LintContext.fromContext(x) && x.sources().stream().anyMatch(src -> !src.contains("://")
                    && !HELPER.matcher(src).matches())) {
                ownFiles = true;
            }
            if (i.onbuild() != null) {
                continue;
            }
            switch (x.keyword()) {
                case "ENTRYPOINT" -> {
                    entrypoint = x.words();
                    if (cmdStage != x.stage()) {
                        cmd = List.of(); // an ENTRYPOINT resets the CMD inherited from the base image
                    }
                }
                case "CMD" -> {
                    cmd = x.words();
                    cmdStage = x.stage();
                }
                case "EXPOSE" -> expose = true;
                case "HEALTHCHECK" -> healthcheck = true;
                case "RUN" -> {
                    // each pattern's literal parts first: a RUN that has none of them cannot match, and most RUNs
                    // have none (the patterns are then run on few bodies, not on every RUN of a long file)
                    verified = verified || mayVerify(x.body()) && VERIFIED.matcher(x.body()).find();
                    drops = drops || mayDrop(x.body()) && DROPS.matcher(x.body()).find();
                }
                case "ENV" -> versions |= VERSION_CONSTANT.matcher(x.body().trim()).matches();
                default -> {
                }
            }
            if (x.is("ENTRYPOINT") || x.is("CMD")) {
                drops |= DROPS.matcher(String.join(" ", x.words())).find();
            }
        }
        List<String> program = program(entrypoint, cmd);
        boolean tool = !cmd.isEmpty() && Set.of("--help", "-h", "--version", "help").contains(cmd.get(0));
        boolean ownCommand = !entrypoint.isEmpty() || !cmd.isEmpty();
        boolean service = !tool && (expose || startsServer(program)
                || !ownCommand && SERVER_BASE.matcher(base).matches());
        String line = String.join(" ", program);
        boolean mustBeRoot = line.contains("dockerd") || base.toLowerCase(Locale.ROOT).matches("(.*/)?docker:.*dind.*");
        boolean onPurpose = mustBeRoot || drops || SELF_DROPPING.matcher(line).find()
                || !ownCommand && DROPPING_BASE.matcher(base).matches();
        boolean runs = !tool && runsProgram(program);
        return new ImageRole(service, onPurpose, verified || versions || mustBeRoot, healthcheck,
                service || runs || ownFiles, runs);
    }

    /** The final image runs a long-lived server or daemon. */
    public boolean service() {
        return service;
    }

    /** Root is on purpose: privileges are dropped by the entrypoint or the server, or the program needs root. */
    public boolean rootOnPurpose() {
        return rootOnPurpose;
    }

    /**
     * A general-purpose image packaging third-party software (it downloads and verifies what it installs, or pins
     * its version in ENV constants), whose maintainers leave health checks to the deployment.
     */
    public boolean packaging() {
        return packaging;
    }

    /**
     * The image of an application (what its toolchain rules are about): a service, an image whose command runs a
     * program of its own (not a shell, a REPL or a build tool), or one that copies its own files from the context.
     * Language runtimes, SDK and tool images are not.
     */
    public boolean application() {
        return application;
    }

    /** The image's command runs a program of its own (a built binary, a script), not a shell, REPL or tool. */
    public boolean runsProgram() {
        return runsProgram;
    }

    /** The final image has a HEALTHCHECK (NONE included). */
    public boolean healthcheck() {
        return healthcheck;
    }

    /**
     * The command that runs: the ENTRYPOINT and CMD words, wrappers removed; an entrypoint script followed by a
     * CMD ({@code docker-entrypoint.sh} then {@code postgres}) runs the CMD in the end, so the CMD is the program.
     */
    static List<String> program(List<String> entrypoint, List<String> cmd) {
        List<String> ep = strip(entrypoint);
        if (ep.size() == 1 && ep.get(0).contains("entrypoint") && !cmd.isEmpty()) {
            return strip(cmd);
        }
        List<String> out = new ArrayList<>(ep);
        out.addAll(cmd);
        return strip(out);
    }

    private static List<String> strip(List<String> words) {
        int k = 0;
        while (k < words.size() && WRAPPERS.contains(base(words.get(k)))) {
            k++;
        }
        return words.subList(k, words.size());
    }

    private static String base(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** True when the command runs a program (a built binary, a script), not a bare shell, REPL or build tool. */
    static boolean runsProgram(List<String> words) {
        List<String> w = strip(words);
        if (w.isEmpty()) {
            return false;
        }
        String p = base(w.get(0));
        List<String> rest = w.subList(1, w.size());
        if (Set.of("sh", "bash", "ash").contains(p)) {
            if (rest.size() > 1 && rest.get(0).equals("-c")) {
                return runsProgram(Words.split(rest.get(1).split("&&|;")[0].trim()));
            }
            return !rest.isEmpty() && !rest.get(0).startsWith("-");
        }
        if (INTERPRETERS.contains(p)) {
            return rest.stream().anyMatch(a -> !a.startsWith("-"));
        }
        if (p.equals("dotnet")) {
            return rest.stream().anyMatch(a -> a.endsWith(".dll"));
        }
        return !p.startsWith("-") && !TOOLS.contains(p) || startsServer(w);
    }

    /** True when the command starts a server: a known server, a script run by an interpreter, {@code npm start}… */
    static boolean startsServer(List<String> words) {
        List<String> w = strip(words);
        if (w.isEmpty()) {
            return false;
        }
        String p = base(w.get(0));
        List<String> rest = w.subList(1, w.size());
        List<String> args = rest.stream().filter(a -> !a.startsWith("-")).toList();
        if (Set.of("sh", "bash", "ash").contains(p) && rest.size() > 1 && rest.get(0).equals("-c")) {
            String[] parts = rest.get(1).split("&&|;");
            return startsServer(Words.split(parts[parts.length - 1].trim()));
        }
        if (Set.of("uv", "poetry", "pipenv", "bundle", "npx", "pdm", "hatch").contains(p)) {
            int skip = !rest.isEmpty() && (rest.get(0).equals("run") || rest.get(0).equals("exec")) ? 1 : 0;
            return startsServer(rest.subList(Math.min(skip, rest.size()), rest.size()));
        }
        if (Set.of("npm", "yarn", "pnpm", "bun").contains(p)) {
            List<String> a = !args.isEmpty() && args.get(0).equals("run") ? args.subList(1, args.size()) : args;
            return !a.isEmpty() && a.get(0).matches("(start|serve|prod|preview)\\S*");
        }
        if (SERVER.matcher(p).matches()) {
            return true;
        }
        if (INTERPRETERS.contains(p)) {
            if (p.equals("php") && (args.size() >= 2 && args.get(0).equals("artisan") && args.get(1).startsWith("serv")
                    || rest.contains("-S"))) {
                return true;
            }
            return !Set.of("sh", "bash").contains(p) && (!rest.isEmpty() && rest.get(0).equals("-m")
                    || !args.isEmpty() && args.get(0).matches(".*\\.(py|js|mjs|cjs|ts|rb|php|pl)"));
        }
        if (p.equals("java")) {
            return rest.contains("-jar") || rest.stream().anyMatch(a -> a.endsWith(".jar"));
        }
        if (p.equals("gradle") || p.equals("gradlew")) {
            return rest.contains("bootRun");
        }
        if (p.equals("mvn") || p.equals("mvnw")) {
            return rest.stream().anyMatch(a -> a.endsWith(":run"));
        }
        if (p.equals("dotnet")) {
            return rest.stream().anyMatch(a -> a.endsWith(".dll") && SERVING_NAME.matcher(a).matches());
        }
        if (p.startsWith("-") || p.endsWith(".sh") || Set.of("go", "cargo", "git", "irb", "tail", "sleep",
                "true").contains(p)) {
            return false;
        }
        return SERVING_NAME.matcher(p).matches();
    }
}
