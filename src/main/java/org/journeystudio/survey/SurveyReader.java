package org.journeystudio.survey;

import org.journeystudio.i18n.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.journeystudio.model.BoundedFile;
import org.journeystudio.model.LimitExceededException;
import org.journeystudio.model.Limits;

/**
 * Reads survey exports with Apache Commons CSV: {@link #inspect} finds encoding, delimiter, layout and columns;
 * {@link #open} then streams the answer records one at a time, each with the line it starts on.
 */
public final class SurveyReader {
    private SurveyReader() {
    }

    /** Records read to decide the header rows: the most header rows there can be, and answers to compare them with. */
    static final int INSPECTED_RECORDS = HeaderDetection.MAX_HEADER_ROWS + 20;

    /** Reads just enough of the file to know how to read the rest; an .xlsx file is read as CSV first. */
    public static SurveyFormat inspect(Path given) {
        requireWithinLimits(given);
        Path file = XlsxSurvey.isXlsx(given) ? XlsxSurvey.toCsv(given) : given;
        SurveyEncoding encoding = detectEncoding(file);
        char delimiter = detectDelimiter(file, encoding);
        List<List<String>> records = new ArrayList<>();
        List<Long> startLines = new ArrayList<>();
        List<Long> endLines = new ArrayList<>();
        try (CSVParser parser = parser(file, encoding, delimiter)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            long lineAfterPrevious = 0;
            while (records.size() < INSPECTED_RECORDS && iterator.hasNext()) {
                CSVRecord record = iterator.next();
                long startLine = lineAfterPrevious + 1;
                if (record.size() > SurveyLimits.MAX_COLUMNS) {
                    throw SurveyLimits.tooManyColumns(file, startLine, record.size());
                }
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (!isBlank(record)) {
                    records.add(record.toList());
                    startLines.add(startLine);
                    endLines.add(lineAfterPrevious);
                }
            }
        } catch (UncheckedIOException e) {
            throw malformed(file, records.size() + 1, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        int headerRows = HeaderDetection.headerRows(records);
        List<List<String>> headers = records.subList(0, headerRows);
        SurveyLayout layout = SurveyLayout.recognise(headers);
        int width = HeaderRows.width(headers, records.subList(headerRows, records.size()));
        List<SurveyColumn> columns = HeaderRows.columns(layout, headers, width);
        // A file of header rows alone: its first answer would start on the line after them.
        long firstDataLine = headerRows < records.size() ? startLines.get(headerRows) : endLines.get(headerRows - 1) + 1;
        return new SurveyFormat(file, given, encoding, delimiter, layout, headerRows, columns, firstDataLine);
    }

    /** A device, a pipe or a file over its size limit is refused before it is opened (see {@link BoundedFile}). */
    private static void requireWithinLimits(Path file) {
        try {
            BoundedFile.requireReadable(file, XlsxSurvey.isXlsx(file) ? Limits.XLSX_SURVEY : Limits.CSV_SURVEY);
        } catch (LimitExceededException e) {
            throw new SurveyException(file + ": " + e.problem(), e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The delimiter, judged on the first lines so that commas in a row of question texts do not mislead. */
    static char detectDelimiter(Path file, SurveyEncoding encoding) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(RecordLengthGuard.lines(openReader(file, encoding), file))) {
            String line;
            while (lines.size() < DelimiterDetector.LINES_COMPARED && (line = reader.readLine()) != null) {
                if (lines.isEmpty() && line.isBlank()) {
                    throw new SurveyException(Messages.text("imports.emptyFile", file));
                }
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            if (lines.isEmpty()) {
                throw unreadable(file, e);
            }
        }
        if (lines.isEmpty()) {
            throw new SurveyException(Messages.text("imports.emptyFile", file));
        }
        return DelimiterDetector.detect(lines);
    }

    /** Streams the answer records after the header rows. Close the result when done. */
    public static SurveyRows open(SurveyFormat format) {
        try {
            CSVParser parser = parser(format.file(), format.encoding(), format.delimiter());
            return new SurveyRows(parser, format.headerRows(), format.fieldCount(), format.source());
        } catch (IOException e) {
            throw unreadable(format.source(), e);
        }
    }

    static SurveyEncoding detectEncoding(Path file) {
        try {
            return EncodingDetector.detect(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static CSVParser parser(Path file, SurveyEncoding encoding, char delimiter) throws IOException {
        // Empty lines come back as one-field records so that line numbers stay exact; callers skip them.
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .build();
        return new CSVParser(new RecordLengthGuard(openReader(file, encoding), file, delimiter), format);
    }

    private static Reader openReader(Path file, SurveyEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        CharsetDecoder decoder = encoding.charset().newDecoder();
        if (encoding.charset().equals(StandardCharsets.UTF_8)) {
            // Past the part the detector checked, invalid UTF-8 is an error with a line, not silent garbage.
            decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        } else {
            decoder.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        }
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static final Pattern UNCLOSED = Pattern.compile("\\(startline ([\\d,]+)\\) EOF reached before encapsulated");
    private static final Pattern AFTER_QUOTE = Pattern.compile("Invalid char.*encapsulated token.*line: ([\\d,]+)");

    /** Commons CSV's parse errors, retold with file:line like every other survey message. */
    static SurveyException malformed(Path file, long recordLine, UncheckedIOException e) {
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        Matcher unclosed = UNCLOSED.matcher(message);
        if (unclosed.find()) {
            return new SurveyException(Messages.text("imports.unclosedQuote", file,
                    Long.parseLong(unclosed.group(1).replace(",", ""))), e);
        }
        Matcher afterQuote = AFTER_QUOTE.matcher(message);
        if (afterQuote.find()) {
            return new SurveyException(Messages.text("imports.textAfterQuote", file,
                    Long.parseLong(afterQuote.group(1).replace(",", ""))), e);
        }
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return new SurveyException(Messages.text("imports.notUtf8", file, recordLine), e);
        }
        return new SurveyException(Messages.text("imports.malformed", file, recordLine, message), e);
    }

    static SurveyException unreadable(Path file, Exception e) {
        if (e instanceof NoSuchFileException) {
            return new SurveyException(Messages.text("imports.noSuchFile", file), e);
        }
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return new SurveyException(Messages.text("imports.cannotRead", file, cause.getMessage()), e);
    }

    /**
     * The record's fields, less one empty field past the last column: a delimiter at the end of the line, which
     * some exports (LimeSurvey's VV files) write on every line. {@link ByteTallier} reads such lines alike.
     */
    static List<String> withoutTrailingEmptyField(String[] values, int fieldCount) {
        List<String> fields = Arrays.asList(values);
        return values.length == fieldCount + 1 && values[fieldCount].isEmpty() ? fields.subList(0, fieldCount) : fields;
    }

    /** A stream of answer records; one record is in memory at a time. */
    public static final class SurveyRows implements Iterator<SurveyRow>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final Path file;
        private final int fieldCount;
        private long lineAfterPrevious;
        private SurveyRow next;

        SurveyRows(CSVParser parser, int headerRows, int fieldCount, Path file) {
            this.parser = parser;
            this.records = parser.iterator();
            this.file = file;
            this.fieldCount = fieldCount;
            int skipped = 0;
            while (skipped < headerRows && advance() != null) {
                skipped++;
            }
            next = advance();
        }

        private SurveyRow advance() {
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    long startLine = lineAfterPrevious + 1;
                    lineAfterPrevious = parser.getCurrentLineNumber();
                    if (!isBlank(record)) {
                        return new SurveyRow(startLine, withoutTrailingEmptyField(record.values(), fieldCount));
                    }
                }
                return null;
            } catch (UncheckedIOException e) {
                throw malformed(file, lineAfterPrevious + 1, e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public SurveyRow next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            SurveyRow current = next;
            next = advance();
            return current;
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        }
    }
}
