package dev.dockscope.docker;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that reads in blocks: its one-byte {@link #read()} goes through {@link #read(byte[], int, int)}, the one
 * method a subclass writes (the sockets, tar entries, file regions and indexes dockscope reads are all read in
 * blocks; the one-byte form is there for callers that ask for it).
 */
public abstract class BulkInputStream extends InputStream {
    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public abstract int read(byte[] b, int off, int len) throws IOException;
}
