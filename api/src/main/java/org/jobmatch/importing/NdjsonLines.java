package org.jobmatch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each on its own, so that one line of bad bytes (invalid UTF-8, GBK
 * text, an overlong line) is a problem of that line only. A UTF-8 byte order mark at the start is skipped.
 */
final class NdjsonLines {

    static final int MAX_LINE_BYTES = 1 << 20;

    /** A line's text, or the problem that kept it from being read (then {@code text} is null). */
    record Line(long number, String text, String problem) {
    }

    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 10];
    private int length;
    private long number;

    NdjsonLines(InputStream in) {
        this.in = in;
    }

    /** The next line; null at the end of the stream. */
    Line next() throws IOException {
        length = 0;
        boolean tooLong = false;
        boolean ended = false;
        boolean started = false;
        while (!ended) {
            if (position == limit && !fill()) {
                if (!started) {
                    return null;
                }
                break;
            }
            started = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            tooLong = tooLong || length + end - position > MAX_LINE_BYTES;
            if (!tooLong) {
                append(position, end);
            }
            position = newline < 0 ? limit : newline + 1;
            ended = newline >= 0;
        }
        number++;
        return tooLong ? new Line(number, null, "行过长（超过 1 MB） (line longer than 1 MB)") : decode();
    }

    private Line decode() {
        int from = number == 1 && startsWithBom() ? 3 : 0;
        int to = length > from && line[length - 1] == '\r' ? length - 1 : length;
        try {
            return new Line(number, utf8.reset().decode(ByteBuffer.wrap(line, from, to - from)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null,
                    "不是有效的 UTF-8 文本，可能是 GBK 编码：请将文件另存为 UTF-8 (not valid UTF-8, perhaps GBK: save the file as UTF-8)");
        }
    }

    private boolean startsWithBom() {
        return length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
