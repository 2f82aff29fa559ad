package dev.dockscope;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs the common code paths once, in-process and with output discarded, so that the launcher's class-data-sharing
 * archive (made at the exit of this run) holds the classes real runs load: picocli, Jackson, the HTTP client, the
 * image explainer, the archive reader, the concept cards and the linter. Not a user command.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dockscope-cds");
        java.nio.file.Path dockerfile = dir.resolve("Dockerfile");
        java.nio.file.Files.writeString(dockerfile, "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD node server.js\n");
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        String noDaemon = "unix:///nonexistent/dockscope-cds-training.sock";
        List<String[]> runs = List.of(
                new String[] {"--help"},
                new String[] {"version"},
                new String[] {"version", "-o", "json"},
                new String[] {"tour", "--sample", "--no-pause"},
                new String[] {"tour", "--sample", "-o", "json"},
                new String[] {"learn", "image", "--no-live"},
                new String[] {"learn", "image", "--no-live", "-o", "json"},
                new String[] {"learn", "container"},
                new String[] {"lint", "--rules"},
                new String[] {"lint", "--fail-on", "none", dockerfile.toString()},
                new String[] {"lint", "--fail-on", "none", dir.toString()},
                new String[] {"image", "--archive", "-", "--files"});
        for (String[] run : runs) {
            Dockscope.run(nowhere, nowhere, name -> name.equals("DOCKER_HOST") ? noDaemon : null, run);
        }
        // the real entry point and its environment lambda (main itself would exit)
        if (Main.ENV.apply("PATH") == null) {
            nowhere.println();
        }
        java.nio.file.Files.delete(dockerfile);
        java.nio.file.Files.delete(dir);
        // as Main does: on JDK 21+ System.exit loads the platform logger (about 25 classes), archived too this way
        System.exit(0);
    }
}
