package dev.dockscope.docker.source;

import dev.dockscope.model.files.ImageContents;

/** Where an image's layers come from: the daemon's export stream or an archive. Both feed {@link ArchiveParser}. */
public interface ImageSource {
    /** Reads the image; format problems are a DockscopeException with exit 2, a broken daemon stream exit 3. */
    ImageContents read(ProgressListener progress);

    /** For messages: "the archive img.tar", "the daemon's export of app:1". */
    String describe();
}
