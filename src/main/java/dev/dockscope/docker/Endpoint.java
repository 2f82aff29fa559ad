package dev.dockscope.docker;

import dev.dockscope.model.daemon.EndpointInfo;

/**
 * The daemon to talk to and why.
 *
 * @param host       unix:///… or tcp://…
 * @param source     which rule chose it
 * @param detail     a human sentence naming the source (with the context name and config file when there is one)
 * @param context    the context name, or null
 * @param tlsVerify  whether TLS is used with verification
 * @param certPath   folder with ca.pem, cert.pem, key.pem, or null
 */
public record Endpoint(String host, EndpointSource source, String detail, String context, boolean tlsVerify,
                       String certPath) {

    public boolean tls() {
        return certPath != null;
    }

    /** What the views show of it. */
    public EndpointInfo info() {
        return new EndpointInfo(host, source.kind(), detail, context, tlsVerify, certPath);
    }
}
