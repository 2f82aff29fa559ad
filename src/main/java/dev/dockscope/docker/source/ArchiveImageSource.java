package dev.dockscope.docker.source;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.model.files.ImageContents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code --archive FILE}: a {@code docker save} tar (optionally gzip/zstd-compressed as a whole), an OCI layout as a
 * tar or a directory, or {@code -} for stdin. No daemon involved.
 */
public final class ArchiveImageSource implements ImageSource {
    private final String argument;
    private final InputStream stdin;
    private final ArchiveParser parser;

    /**
     * @param argument a path, or "-" for {@code stdin}
     * @param ref picks the image when the archive holds several (null: the first)
     * @param platform "os/arch[/variant]" for multi-platform layouts (null: the host's)
     */
    public ArchiveImageSource(String argument, InputStream stdin, String ref, String platform) {
        this(argument, stdin, ref, platform, ScanLimits.DEFAULT);
    }

    public ArchiveImageSource(String argument, InputStream stdin, String ref, String platform, ScanLimits limits) {
        this.argument = argument;
        this.stdin = stdin;
        this.parser = new ArchiveParser(limits, ref, platform);
    }

    @Override
    public String describe() {
        return "-".equals(argument) ? "the archive on stdin" : "the archive " + argument;
    }

    @Override
    public ImageContents read(ProgressListener progress) {
        try {
            if ("-".equals(argument)) {
                return parser.parseStream(stdin, describe(), -1, progress);
            }
            Path p = Path.of(argument);
            if (Files.isDirectory(p)) {
                return parser.parseDirectory(p, progress);
            }
            return parser.parseFile(p, describe(), progress);
        } catch (NoSuchFileException e) {
            throw new DockscopeException(ExitCode.USAGE, "no such file: " + argument + ".",
                    "Give a file written by docker save IMAGE -o FILE, an OCI layout directory, or - for stdin.");
        } catch (SourceReadException e) {
            throw new DockscopeException(ExitCode.USAGE, "cannot read " + describe() + " at byte " + e.offset()
                    + ": " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.USAGE, "cannot read " + describe() + ": " + e.getMessage() + ".");
        } finally {
            progress.done();
        }
    }
}
