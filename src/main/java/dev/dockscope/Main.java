package dev.dockscope;

import org.fusesource.jansi.AnsiConsole;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        boolean windowsConsole = System.console() != null
                && System.getProperty("os.name", "").startsWith("Windows");
        if (windowsConsole) {
            // a Windows console shows colour codes only once virtual-terminal processing is on: Jansi turns it on
            // (elsewhere it is never loaded, so no native library is unpacked on Linux or macOS)
            AnsiConsole.systemInstall();
        }
        int code = Dockscope.run(System.out, System.err, System::getenv, args);
        if (windowsConsole) {
            AnsiConsole.systemUninstall();
        }
        System.exit(code);
    }
}
