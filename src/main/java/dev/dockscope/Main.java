package dev.dockscope;

import java.util.function.Function;
import org.fusesource.jansi.AnsiConsole;

public final class Main {
    /** The process environment (a constant, so that the training run of the start-up archive makes it too). */
    static final Function<String, String> ENV = System::getenv;

    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        boolean windowsConsole = System.console() != null
                && System.getProperty("os.name", "").startsWith("Windows");
        if (windowsConsole) {
            // a Windows console shows colour codes only once virtual-terminal processing is on: Jansi turns it on
            // (elsewhere it is never loaded, so no native library is unpacked on Linux or macOS)
            AnsiConsole.systemInstall();
        }
        int code = Dockscope.run(System.out, System.err, ENV, args);
        if (windowsConsole) {
            AnsiConsole.systemUninstall();
        }
        StartupTrace.mark("done");
        StartupTrace.report(System.err);
        System.exit(code);
    }
}
