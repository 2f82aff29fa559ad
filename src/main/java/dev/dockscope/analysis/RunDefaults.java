package dev.dockscope.analysis;

import dev.dockscope.analysis.container.HealthTimeline;
import dev.dockscope.model.Redaction;
import dev.dockscope.model.image.ImageData.RawConfig;
import dev.dockscope.model.image.ImageExplanation.Config;
import dev.dockscope.model.image.ImageExplanation.EnvVar;
import dev.dockscope.model.image.ImageExplanation.Healthcheck;
import dev.dockscope.model.image.ImageFacts.HealthcheckFact;
import dev.dockscope.model.image.ImageFacts.Pid1Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** An image's run-time defaults read: PID 1, root, secrets in env, the health check with defaults applied. */
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
        return text == null ? null : Redaction.line(
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
        Pid1Fact.Kind kind;
        List<String> first = entrypoint != null && !entrypoint.isEmpty() ? entrypoint : cmd;
        if (first == null || first.isEmpty()) {
            form = "none";
            pid1 = null;
            kind = Pid1Fact.Kind.NONE;
        } else if (isShellWrapper(first)) {
            form = "shell";
            pid1 = first.get(0);
            kind = first == entrypoint ? Pid1Fact.Kind.SHELL_ENTRYPOINT : Pid1Fact.Kind.SHELL;
        } else {
            form = "exec";
            pid1 = first.get(0);
            kind = entrypoint != null && !entrypoint.isEmpty() && cmd != null && !cmd.isEmpty()
                    ? Pid1Fact.Kind.EXEC_WITH_CMD : Pid1Fact.Kind.EXEC;
        }
        Pid1Fact note = new Pid1Fact(kind, pid1);
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
            String shown = secret ? REDACTED : Redaction.urls(value);
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
            return new Healthcheck("none", null, 0, 0, 0, 0,
                    new HealthcheckFact(HealthcheckFact.Kind.NONE, null, 0, 0, 0, 0));
        }
        String kind = test.get(0).toUpperCase(Locale.ROOT);
        if (kind.equals("NONE")) {
            return new Healthcheck("disabled", test, 0, 0, 0, 0,
                    new HealthcheckFact(HealthcheckFact.Kind.DISABLED, null, 0, 0, 0, 0));
        }
        String how = kind.equals("CMD-SHELL") ? "shell" : "cmd";
        String probe = String.join(" ", test.subList(1, test.size()));
        return new Healthcheck(how, test, interval, timeout, start, retries,
                new HealthcheckFact(HealthcheckFact.Kind.PROBE, probe, interval, timeout, start, retries));
    }
}
