package org.journeystudio.survey;

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

/**
 * Reads survey exports with Apache Commons CSV: {@link #inspect} finds encoding, delimiter, layout and columns;
 * {@link #open} then streams the answer records one at a time, each with the line it starts on.
 */
public final class SurveyReader {
    private SurveyReader() {
    }

    /** Reads just enough of the file to know how to read the rest; an .xlsx file is read as CSV first. */
    public static SurveyFormat inspect(Path given) {
        Path file = XlsxSurvey.isXlsx(given) ? XlsxSurvey.toCsv(given) : given;
        SurveyEncoding encoding = detectEncoding(file);
        char delimiter;
        try (BufferedReader reader = new BufferedReader(openReader(file, encoding))) {
            String firstLine = reader.readLine();
            if (firstLine == null || firstLine.isBlank()) {
                throw new SurveyException(file + ":1: the file is empty; expected a header row with column names");
            }
            delimiter = DelimiterDetector.detect(firstLine);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        List<List<String>> firstRecords = new ArrayList<>();
        long[] lineAfterRecord = new long[3];
        try (CSVParser parser = parser(file, encoding, delimiter)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (firstRecords.size() < 3 && records.hasNext()) {
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                lineAfterRecord[firstRecords.size()] = parser.getCurrentLineNumber();
                firstRecords.add(record.toList());
            }
        } catch (UncheckedIOException e) {
            throw malformed(file, firstRecords.size() + 1, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        SurveyLayout layout = SurveyLayout.recognise(firstRecords);
        if (firstRecords.size() < layout.headerRows()) {
            throw new SurveyException(file + ": a " + layout.displayName() + " export has " + layout.headerRows()
                    + " header rows but the file has only " + firstRecords.size() + " rows");
        }
        List<SurveyColumn> columns = HeaderRows.columns(layout, firstRecords.subList(0, layout.headerRows()));
        return new SurveyFormat(file, encoding, delimiter, layout, columns, lineAfterRecord[layout.headerRows() - 1] + 1);
    }

    /** Streams the answer records after the header rows. Close the result when done. */
    public static SurveyRows open(SurveyFormat format) {
        try {
            CSVParser parser = parser(format.file(), format.encoding(), format.delimiter());
            return new SurveyRows(parser, format.layout().headerRows(), format.file());
        } catch (IOException e) {
            throw unreadable(format.file(), e);
        }
    }

    static SurveyEncoding detectEncoding(Path file) {
        try {
            return EncodingDetector.detect(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static CSVParser parser(Path file, SurveyEncoding encoding, char delimiter) throws IOException {
        // Empty lines come back as one-field records so that line numbers stay exact; callers skip them.
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .build();
        return new CSVParser(openReader(file, encoding), format);
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
            return new SurveyException(file + ":" + unclosed.group(1).replace(",", "")
                    + ": a quoted field that starts on this line is never closed", e);
        }
        Matcher afterQuote = AFTER_QUOTE.matcher(message);
        if (afterQuote.find()) {
            return new SurveyException(file + ":" + afterQuote.group(1).replace(",", "")
                    + ": unexpected text after a closing quote; quotes inside a quoted field must be doubled", e);
        }
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return new SurveyException(file + ":" + recordLine + ": the text is not valid UTF-8 here although the "
                    + "start of the file is; save the file as UTF-8 (or Windows-1252 throughout)", e);
        }
        return new SurveyException(file + ":" + recordLine + ": " + message, e);
    }

    static SurveyException unreadable(Path file, Exception e) {
        if (e instanceof NoSuchFileException) {
            return new SurveyException(file + ": no such file", e);
        }
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return new SurveyException(file + ": cannot be read: " + cause.getMessage(), e);
    }

    /** A stream of answer records; one record is in memory at a time. */
    public static final class SurveyRows implements Iterator<SurveyRow>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final Path file;
        private long lineAfterPrevious;
        private SurveyRow next;

        SurveyRows(CSVParser parser, int headerRows, Path file) {
            this.parser = parser;
            this.records = parser.iterator();
            this.file = file;
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
                        return new SurveyRow(startLine, Arrays.asList(record.values()));
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
