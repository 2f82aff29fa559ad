package dev.dockscope.analysis;

import dev.dockscope.analysis.container.HealthTimeline;
import dev.dockscope.model.image.ImageData.RawConfig;
import dev.dockscope.model.image.ImageExplanation.Config;
import dev.dockscope.model.image.ImageExplanation.EnvVar;
import dev.dockscope.model.image.ImageExplanation.Healthcheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** An image's run-time defaults explained: PID 1, root, secrets in env, the health check with defaults applied. */
public final class RunDefaults {
    public static final String REDACTED = "<redacted>";
    private static final Pattern SECRET_NAME =
            Pattern.compile("PASSWORD|PASSWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE", Pattern.CASE_INSENSITIVE);

    private RunDefaults() {
    }

    private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "(\\b[A-Za-z0-9_.-]*(?:PASSWORD|PASSWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE)[A-Za-z0-9_.-]*)=(\"[^\"]*\"|'[^']*'|\\S+)",
            Pattern.CASE_INSENSITIVE);

    /** Redacts {@code NAME=value} pairs whose names look secret inside a history line (ENV, ARG, build args). */
    public static String redactAssignments(String text) {
        return text == null ? null : dev.dockscope.model.Redaction.line(
                SECRET_ASSIGNMENT.matcher(text).replaceAll("$1=" + REDACTED));
    }

    public static boolean looksSecret(String name) {
        return SECRET_NAME.matcher(name).find();
    }

    public static Config explain(RawConfig c, boolean showSecrets) {
        List<String> entrypoint = c.entrypoint();
        List<String> cmd = c.cmd();
        String form;
        String pid1;
        String note;
        List<String> first = entrypoint != null && !entrypoint.isEmpty() ? entrypoint : cmd;
        if (first == null || first.isEmpty()) {
            form = "none";
            pid1 = null;
            note = "no default command: `docker run` must be given one";
        } else if (isShellWrapper(first)) {
            form = "shell";
            pid1 = first.get(0);
            note = pid1 + " runs as PID 1 and starts the command as its child: SIGTERM from `docker stop` reaches the "
                    + "shell, not the app, which is killed after the stop timeout. Use the exec form "
                    + "([\"app\", \"arg\"]) or `exec app` in the script."
                    + (first == entrypoint ? " A shell-form ENTRYPOINT also ignores CMD and the arguments given to "
                            + "`docker run`." : "");
        } else {
            form = "exec";
            pid1 = first.get(0);
            note = pid1 + " runs as PID 1 and receives signals directly"
                    + (entrypoint != null && !entrypoint.isEmpty() && cmd != null && !cmd.isEmpty()
                            ? "; CMD supplies its default arguments" : "");
        }
        String user = c.user() == null ? "" : c.user();
        boolean root = user.isEmpty() || user.equals("root") || user.equals("0") || user.startsWith("0:")
                || user.startsWith("root:");
        List<EnvVar> env = new ArrayList<>();
        for (String e : c.env()) {
            int eq = e.indexOf('=');
            String name = eq < 0 ? e : e.substring(0, eq);
            String value = eq < 0 ? "" : e.substring(eq + 1);
            boolean secret = looksSecret(name) && !value.isEmpty();
            // a name that does not look secret may still carry credentials in a URL (DATABASE_URL=postgres://u:pw@db)
            String shown = secret ? REDACTED : dev.dockscope.model.Redaction.urls(value);
            env.add(new EnvVar(name, showSecrets ? value : shown, !showSecrets && (secret || !shown.equals(value))));
        }
        return new Config(entrypoint, cmd, form, pid1, note, user.isEmpty() ? null : user, root, c.workingDir(), env,
                c.exposedPorts(), c.volumes(), c.labels(), healthcheck(c), c.stopSignal());
    }

    private static boolean isShellWrapper(List<String> argv) {
        if (argv.size() < 2) {
            return false;
        }
        String exe = argv.get(0);
        return (exe.endsWith("/sh") || exe.endsWith("/bash") || exe.equals("sh") || exe.equals("bash")
                || exe.endsWith("cmd") && argv.get(1).equalsIgnoreCase("/S")) && argv.get(1).equals("-c");
    }

    static Healthcheck healthcheck(RawConfig c) {
        List<String> test = c.healthTest();
        long interval = c.healthInterval() > 0 ? c.healthInterval() : HealthTimeline.DEFAULT_INTERVAL;
        long timeout = c.healthTimeout() > 0 ? c.healthTimeout() : HealthTimeline.DEFAULT_TIMEOUT;
        long start = Math.max(0, c.healthStartPeriod());
        int retries = c.healthRetries() > 0 ? c.healthRetries() : HealthTimeline.DEFAULT_RETRIES;
        if (test == null || test.isEmpty()) {
            return new Healthcheck("none", null, 0, 0, 0, 0, "no HEALTHCHECK: Docker only knows whether PID 1 is "
                    + "running, not whether the app answers; orchestrators and `depends_on: condition: "
                    + "service_healthy` cannot tell a hung app from a working one");
        }
        String kind = test.get(0).toUpperCase(Locale.ROOT);
        if (kind.equals("NONE")) {
            return new Healthcheck("disabled", test, 0, 0, 0, 0,
                    "HEALTHCHECK NONE: a health check inherited from the base image is switched off");
        }
        String how = kind.equals("CMD-SHELL") ? "shell" : "cmd";
        String probe = String.join(" ", test.subList(1, test.size()));
        String explanation = "every " + Durations.human(interval) + " Docker runs `" + probe + "` inside the container; "
                + "a probe slower than " + Durations.human(timeout) + " fails; after " + retries + " failure"
                + (retries == 1 ? "" : "s") + " in a row the container is unhealthy"
                + (start > 0 ? "; failures in the first " + Durations.human(start) + " do not count" : "");
        return new Healthcheck(how, test, interval, timeout, start, retries, explanation);
    }
}
