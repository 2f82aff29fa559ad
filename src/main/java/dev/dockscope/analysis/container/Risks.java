package dev.dockscope.analysis.container;

import dev.dockscope.model.container.AttentionFact;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.RiskFact;
import dev.dockscope.model.container.RiskFact.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Security facts of a container and what deserves a look (the risks as facts; render/prose words them). */
public final class Risks {
    private Risks() {
    }

    /** No user, uid 0 or root (with or without a group). */
    public static boolean runsAsRoot(String user) {
        String u = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        return u.isEmpty() || u.equals("0") || u.equals("root");
    }

    /** {@code no-new-privileges}, {@code no-new-privileges:true} or {@code =true}. */
    public static boolean noNewPrivileges(List<String> securityOpt) {
        for (String o : securityOpt) {
            String s = o.toLowerCase(Locale.ROOT).replace('=', ':');
            if (s.equals("no-new-privileges") || s.equals("no-new-privileges:true")) {
                return true;
            }
        }
        return false;
    }

    /** The value of a {@code --security-opt key=value} (or key:value), or null. */
    public static String option(List<String> securityOpt, String key) {
        for (String o : securityOpt) {
            if (o.startsWith(key + "=") || o.startsWith(key + ":")) {
                return o.substring(key.length() + 1);
            }
        }
        return null;
    }

    public static List<RiskFact> security(ContainerDetails d, Set<String> effective, boolean seccompUnconfined) {
        ContainerDetails.HostConfig h = d.hostConfig();
        List<RiskFact> r = new ArrayList<>();
        if (h.privileged()) {
            r.add(RiskFact.of(Kind.PRIVILEGED));
        }
        List<String> added = Capabilities.addedBeyondDefault(effective);
        List<String> dangerous = added.stream().filter(Capabilities.DANGEROUS::contains).toList();
        if (!dangerous.isEmpty()) {
            r.add(new RiskFact(Kind.DANGEROUS_CAPABILITIES, dangerous, "", 0));
        }
        if (runsAsRoot(d.config().user()) && (!added.isEmpty() || effective == null)) {
            r.add(RiskFact.of(Kind.ROOT_WITH_CAPABILITIES));
        }
        if (seccompUnconfined && !h.privileged()) {
            r.add(RiskFact.of(Kind.SECCOMP_OFF));
        }
        if (h.pidMode().equals("host")) {
            r.add(RiskFact.of(Kind.HOST_PID));
        }
        if (h.networkMode().equals("host")) {
            r.add(RiskFact.of(Kind.HOST_NETWORK));
        }
        for (var m : d.mounts()) {
            if (m.source().endsWith("/docker.sock")) {
                r.add(new RiskFact(Kind.DOCKER_SOCKET, List.of(), m.destination(), 0));
            }
        }
        if (!h.devices().isEmpty() && !h.privileged()) {
            r.add(new RiskFact(Kind.DEVICES, List.of(), "", h.devices().size()));
        }
        return r;
    }

    /** Why a container deserves a look, for the list and the report. */
    public static List<AttentionFact> attention(ContainerDetails d, Set<String> effective) {
        List<AttentionFact> a = new ArrayList<>();
        ContainerDetails.State s = d.state();
        if (s.health() != null && "unhealthy".equals(s.health().status())) {
            a.add(AttentionFact.of(AttentionFact.Kind.UNHEALTHY));
        }
        if (s.restarting()) {
            a.add(AttentionFact.of(AttentionFact.Kind.RESTARTING));
        }
        if (s.oomKilled()) {
            a.add(AttentionFact.of(AttentionFact.Kind.OOM_KILLED));
        }
        if (d.hostConfig().memory() <= 0) {
            a.add(AttentionFact.of(AttentionFact.Kind.NO_MEMORY_LIMIT));
        }
        if (d.hostConfig().privileged()) {
            a.add(AttentionFact.of(AttentionFact.Kind.PRIVILEGED));
        } else if (runsAsRoot(d.config().user()) && !Capabilities.addedBeyondDefault(effective).isEmpty()) {
            a.add(AttentionFact.of(AttentionFact.Kind.ROOT_WITH_CAPABILITIES));
        }
        return a;
    }
}
