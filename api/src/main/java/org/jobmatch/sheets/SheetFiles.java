package org.jobmatch.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Opens an uploaded file by what it holds, not by its name: .xlsx (a zip), .xls (OLE2), else CSV. */
final class SheetFiles {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SheetFiles() {
    }

    static SheetSource open(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n == 4 && Arrays.equals(head, ZIP)) {
            return new XlsxSource(file);
        }
        if (n == 4 && Arrays.equals(head, OLE2)) {
            return new XlsSource(file);
        }
        return new CsvSource(file);
    }

    /** Whether a file is a spreadsheet rather than NDJSON, judged by its name. */
    static boolean isSpreadsheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv") || name.endsWith(".xlsm");
    }
}
