package dev.dockscope.model.daemon;

/**
 * Which daemon a run talks to and why, as the views show it.
 *
 * @param host       unix:///… or tcp://…
 * @param source     which rule chose it: flag, env, context or default
 * @param detail     a sentence naming the source (with the context name and config file when there is one)
 * @param context    the context name, or null
 * @param tlsVerify  whether TLS is used with verification
 * @param certPath   folder with ca.pem, cert.pem, key.pem, or null
 */
public record EndpointInfo(String host, String source, String detail, String context, boolean tlsVerify,
                           String certPath) {

    public boolean tls() {
        return certPath != null;
    }
}
