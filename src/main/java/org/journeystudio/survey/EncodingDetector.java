package org.journeystudio.survey;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Works out a survey file's encoding the way exports are found in practice: a byte-order mark decides
 * (UTF-8, UTF-16 LE/BE); without one the file is UTF-8 if every byte sequence is valid UTF-8, else
 * Windows-1252, which is what spreadsheet programs on Windows write.
 *
 * <p>Only the first {@value #CHECKED_BYTES} bytes are checked, so that a million-row file is not read twice.
 * Beyond them the readers check again where it matters: the byte reader decodes segment labels as Windows-1252
 * if any is not valid UTF-8, and the record reader refuses invalid UTF-8 with the line it is on.
 */
public final class EncodingDetector {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** How much of a file without a byte-order mark is checked for valid UTF-8. */
    static final int CHECKED_BYTES = 1 << 20;

    private EncodingDetector() {
    }

    public static SurveyEncoding detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new SurveyEncoding(StandardCharsets.UTF_8, 3);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return new SurveyEncoding(StandardCharsets.UTF_16LE, 2);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new SurveyEncoding(StandardCharsets.UTF_16BE, 2);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new SurveyEncoding(isValidUtf8(in, CHECKED_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
        }
    }

    /** True when the bytes are well-formed UTF-8. */
    public static boolean isValidUtf8(byte[] bytes) {
        try {
            return isValidUtf8(new java.io.ByteArrayInputStream(bytes), Long.MAX_VALUE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Validates UTF-8 structure in one streaming pass over at most {@code limit} bytes (a character cut by the
     * limit counts as valid); plain ASCII runs are skipped quickly.
     */
    static boolean isValidUtf8(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int pending = 0; // continuation bytes still expected, possibly across buffer reads
        int read;
        long left = limit;
        while (left > 0 && (read = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= read;
            for (int i = 0; i < read; i++) {
                // Eight ASCII bytes at a time: survey files are mostly ASCII, so this is where the time goes.
                if (pending == 0) {
                    while (i + 8 <= read && ((long) LONGS.get(buffer, i) & 0x8080808080808080L) == 0) {
                        i += 8;
                    }
                    if (i >= read) {
                        break;
                    }
                }
                int b = buffer[i];
                if (pending > 0) {
                    if ((b & 0xC0) != 0x80) {
                        return false;
                    }
                    pending--;
                } else if (b >= 0) {
                    continue;
                } else if ((b & 0xE0) == 0xC0) {
                    if ((b & 0xFF) < 0xC2) {
                        return false; // overlong encoding
                    }
                    pending = 1;
                } else if ((b & 0xF0) == 0xE0) {
                    pending = 2;
                } else if ((b & 0xF8) == 0xF0 && (b & 0xFF) <= 0xF4) {
                    pending = 3;
                } else {
                    return false;
                }
            }
        }
        return pending == 0 || left <= 0;
    }
}
