package dev.dockscope.lint.rules;

import dev.dockscope.lint.dockerfile.Instruction;
import java.util.List;
import java.util.Set;

/** Variable scope helpers. */
final class Scope {
    /** Build args every build knows (proxy settings and the platform ARGs). */
    static final Set<String> PREDEFINED = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "TARGETPLATFORM", "TARGETOS",
            "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
            "BUILDKIT_SYNTAX", "SOURCE_DATE_EPOCH");
    /** Variables that almost every base image sets (we cannot see the image's config offline). */
    static final Set<String> IMAGE_ENV = Set.of("PATH", "HOME", "HOSTNAME", "LANG", "LC_ALL", "TERM", "USER",
            "JAVA_HOME", "GOPATH", "GOROOT", "NODE_VERSION", "YARN_VERSION", "PYTHON_VERSION", "PIP_VERSION",
            "RUBY_VERSION", "GEM_HOME", "BUNDLE_PATH", "CARGO_HOME", "RUSTUP_HOME", "JAVA_VERSION", "MAVEN_HOME",
            "GRADLE_HOME", "DOTNET_VERSION", "PHP_VERSION", "PHP_INI_DIR", "GOLANG_VERSION", "LD_LIBRARY_PATH",
            "PYTHONPATH", "NGINX_VERSION", "APP_HOME");

    private Scope() {
    }

    /** Names an ARG or ENV instruction declares (computed once per instruction). */
    static List<String> declared(Instruction i) {
        return i.declares();
    }
}
