package org.journeystudio.survey;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Refuses a record longer than {@link SurveyLimits#MAX_RECORD_LENGTH} characters while the text streams past,
 * before Commons CSV or {@code readLine} would gather it into one huge String: a 100 MB field, a quote never
 * closed, a file with no line end. It follows the CSV quote rule (a quote opens a field only at the field's start)
 * so that line breaks inside quoted fields count as part of the record, as the parser sees them.
 */
final class RecordLengthGuard extends FilterReader {
    private static final int NO_DELIMITER = -1;

    private final Path file;
    private final int delimiter;
    private long line = 1;
    private long recordLine = 1;
    private long length;
    private boolean quoted;
    private boolean fieldStart = true;
    /** The last character closed a quoted field: a quote now is the second of a doubled pair and reopens it. */
    private boolean justClosed;
    private boolean afterCr;

    /** Guards {@code in}; with {@code delimiter} {@code -1} quotes are ignored and each line is a record. */
    RecordLengthGuard(Reader in, Path file, int delimiter) {
        super(in);
        this.file = file;
        this.delimiter = delimiter;
    }

    static RecordLengthGuard lines(Reader in, Path file) {
        return new RecordLengthGuard(in, file, NO_DELIMITER);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int read = in.read(buffer, offset, count);
        for (int i = offset; i < offset + read; i++) {
            see(buffer[i]);
        }
        return read;
    }

    private void see(char c) {
        boolean lineEnd = c == '\n' || c == '\r';
        if (lineEnd && !(c == '\n' && afterCr)) {
            line++;
        }
        afterCr = c == '\r';
        boolean closes = false;
        if (delimiter != NO_DELIMITER && c == '"' && (quoted || fieldStart || justClosed)) {
            closes = quoted;
            quoted = !quoted;
        }
        justClosed = closes;
        if (lineEnd && !quoted) {
            length = 0;
            recordLine = line;
            fieldStart = true;
            return;
        }
        fieldStart = c == delimiter;
        if (++length > SurveyLimits.MAX_RECORD_LENGTH) {
            throw SurveyLimits.recordTooLong(file, recordLine);
        }
    }
}
