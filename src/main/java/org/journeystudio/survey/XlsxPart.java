package org.journeystudio.survey;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One part of an .xlsx zip as it is unzipped, counted byte by byte because the sizes a zip declares can lie: it
 * stops at {@link SurveyLimits#MAX_XLSX_PART_BYTES}, at {@link SurveyLimits#MAX_XLSX_COMPRESSION_RATIO} times its
 * zipped size, and at a text between two XML tags longer than {@link SurveyLimits#MAX_XML_TEXT_BYTES} (a 3 GB
 * cell), before an XML parser would gather it. The reason is kept in {@link #refusal()}, because XML parsers
 * wrap what the stream throws.
 */
final class XlsxPart extends FilterInputStream {
    private final Path file;
    private final String name;
    private final long compressedSize;
    private long read;
    private long sinceTag;
    private SurveyException refusal;

    XlsxPart(InputStream in, Path file, String name, long compressedSize) {
        super(in);
        this.file = file;
        this.name = name;
        this.compressedSize = compressedSize;
    }

    /** Why reading stopped, or null. */
    SurveyException refusal() {
        return refusal;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = in.read(buffer, offset, count);
        if (n <= 0) {
            return n;
        }
        read += n;
        if (read > SurveyLimits.MAX_XLSX_PART_BYTES) {
            throw refuse(SurveyLimits.xlsxPartTooBig(file, name, read));
        }
        if (read > SurveyLimits.RATIO_CHECKED_FROM_BYTES
                && read > compressedSize * SurveyLimits.MAX_XLSX_COMPRESSION_RATIO) {
            throw refuse(SurveyLimits.xlsxBomb(file, name, read, compressedSize));
        }
        for (int i = offset; i < offset + n; i++) {
            sinceTag = buffer[i] == '<' ? 0 : sinceTag + 1;
        }
        if (sinceTag > SurveyLimits.MAX_XML_TEXT_BYTES) {
            throw refuse(SurveyLimits.xlsxTextTooLong(file, name));
        }
        return n;
    }

    private IOException refuse(SurveyException reason) {
        refusal = reason;
        return new IOException(reason.getMessage());
    }
}
