package dev.dockscope.model.container;

import dev.dockscope.model.Fact;

/**
 * What one namespace setting means for the container: a kind, the namespace ({@code pid}, {@code net}…), and for
 * NET_PRIVATE the network mode ("" for the default), for SHARED the container it is shared with.
 */
public record NamespaceFact(Kind kind, String namespace, String detail) implements Fact {
    public enum Kind {
        PID_PRIVATE, PID_HOST, NET_PRIVATE, NET_HOST, NET_NONE, MNT_PRIVATE, UTS_PRIVATE, UTS_HOST,
        IPC_PRIVATE, IPC_HOST, IPC_SHAREABLE, IPC_NONE, USER_PRIVATE, USER_HOST_BY_FLAG, USER_HOST_NOT_REMAPPED,
        CGROUP_PRIVATE, CGROUP_HOST, SHARED
    }
}
