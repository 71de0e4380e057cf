package org.jobmatch.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and refuses to read past a limit (the body size limit, 413). */
final class CountingInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    CountingInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        count += n;
        if (count > limit) {
            throw new BodyTooLargeException(limit);
        }
    }
}
