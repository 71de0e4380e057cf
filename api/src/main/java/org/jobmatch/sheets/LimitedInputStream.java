package org.jobmatch.sheets;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;

/** Refuses to read past the upload limit: 413, as for NDJSON bodies. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        counted(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        counted(Math.max(n, 0));
        return n;
    }

    private void counted(int n) {
        count += n;
        if (count > limit) {
            throw tooLarge(limit);
        }
    }

    static ApiException tooLarge(long limit) {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
                "上传的文件超过大小上限 " + limit / (1024 * 1024) + " MB，请拆分后分批导入",
                "the file exceeds the limit of " + limit + " bytes; split it");
    }
}
