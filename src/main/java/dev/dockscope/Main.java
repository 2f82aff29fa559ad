package dev.dockscope;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Dockscope.run(System.out, System.err, System::getenv, args));
    }
}
