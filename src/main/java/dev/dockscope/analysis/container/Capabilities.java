package dev.dockscope.analysis.container;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Linux capabilities a container gets: Docker's default set, then {@code --cap-drop}, then {@code --cap-add}. */
public final class Capabilities {
    /**
     * The capabilities the Engine gives every non-privileged container (moby's default list, unchanged from 20.10 to
     * 28), in its order.
     */
    public static final List<String> DEFAULT = List.of("CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD", "NET_RAW",
            "SETGID", "SETUID", "SETFCAP", "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE");

    /** Capabilities that make a container much closer to root on the host. */
    public static final Set<String> DANGEROUS = Set.of("SYS_ADMIN", "SYS_PTRACE", "SYS_MODULE", "NET_ADMIN",
            "SYS_RAWIO", "DAC_READ_SEARCH", "SYS_BOOT", "SYS_TIME", "BPF", "PERFMON", "MAC_ADMIN", "SYSLOG");

    private Capabilities() {
    }

    /** {@code cap_net_admin} and {@code NET_ADMIN} are the same capability. */
    public static String normalize(String cap) {
        String c = cap.trim().toUpperCase(Locale.ROOT);
        return c.startsWith("CAP_") ? c.substring(4) : c;
    }

    /**
     * The effective set, sorted; {@code null} when {@code privileged} or {@code --cap-add ALL} (every capability
     * the kernel has).
     */
    public static Set<String> effective(boolean privileged, Collection<String> add, Collection<String> drop) {
        List<String> a = add.stream().map(Capabilities::normalize).toList();
        List<String> d = drop.stream().map(Capabilities::normalize).toList();
        if (privileged || a.contains("ALL")) {
            return null;
        }
        Set<String> set = new TreeSet<>(d.contains("ALL") ? List.of() : DEFAULT);
        set.removeAll(d);
        set.addAll(a);
        return set;
    }

    /** Capabilities in the effective set that Docker does not give by default. */
    public static List<String> addedBeyondDefault(Set<String> effective) {
        List<String> out = new ArrayList<>();
        if (effective != null) {
            for (String c : effective) {
                if (!DEFAULT.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Default capabilities the container no longer has. */
    public static List<String> droppedFromDefault(Set<String> effective) {
        List<String> out = new ArrayList<>();
        if (effective != null) {
            for (String c : DEFAULT) {
                if (!effective.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
