import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step (pom.xml, package phase, after the shaded jar): rewrites the class files under a prefix of a jar that
 * are older than Java 6 (picocli's, version 49) as Java 8 class files with stack-map frames, the same bytecode
 * otherwise. The JVM's class-data archive can verify and link only such classes when it is made; older ones it keeps
 * unlinked and verifies on every run with the old type-inferring verifier (bench/README.md, "Start-up").
 * Usage: java -cp asm.jar src/build/UpgradeOldClassFiles.java JAR PREFIX
 */
public final class UpgradeOldClassFiles {
    private UpgradeOldClassFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        String prefix = args[1];
        Path tmp = jar.resolveSibling(jar.getFileName() + ".upgrading");
        int upgraded = 0;
        // frames need the common superclass of two types: resolved against the jar itself (and the JDK)
        try (URLClassLoader types = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
             InputStream raw = Files.newInputStream(jar); ZipInputStream in = new ZipInputStream(raw);
             OutputStream rawOut = Files.newOutputStream(tmp); ZipOutputStream out = new ZipOutputStream(rawOut)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().startsWith(prefix) && e.getName().endsWith(".class") && major(bytes) < 50) {
                    bytes = upgrade(bytes, types);
                    upgraded++;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("UpgradeOldClassFiles: " + upgraded + " class files under " + prefix + " in " + jar.getFileName()
                + " now Java 8 class files with stack-map frames");
    }

    private static int major(byte[] b) {
        return ((b[6] & 0xff) << 8) | (b[7] & 0xff);
    }

    private static byte[] upgrade(byte[] bytes, ClassLoader types) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return types;
            }
        };
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9, w) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, 0);
        return w.toByteArray();
    }
}
