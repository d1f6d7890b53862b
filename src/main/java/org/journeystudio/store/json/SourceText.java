package org.journeystudio.store.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads the text of a {@code .journey.json} file, refusing anything over {@link JsonFormat#MAX_SIZE} before
 * parsing it and anything that is not UTF-8, so a wrong file gives a clear message rather than a long wait.
 */
final class SourceText {
    private SourceText() {
    }

    static String read(Path file, String source) throws IOException, JourneyFormatException {
        long size = Files.size(file);
        if (size > JsonFormat.MAX_SIZE) {
            throw tooLarge(source, size);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > JsonFormat.MAX_SIZE) { // it grew while we looked
            throw tooLarge(source, bytes.length);
        }
        return withoutByteOrderMark(decodeUtf8(bytes, source));
    }

    static String read(Reader reader, String source) throws IOException, JourneyFormatException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8 * 1024];
        int count;
        while ((count = reader.read(buffer)) >= 0) {
            text.append(buffer, 0, count);
            if (text.length() > JsonFormat.MAX_SIZE) {
                throw new JourneyFormatException(source, 0, 0, "The input is larger than "
                        + megabytes(JsonFormat.MAX_SIZE) + ", the most a .journey.json file may hold;"
                        + " it is not a journey map this studio wrote");
            }
        }
        return withoutByteOrderMark(text.toString());
    }

    private static JourneyFormatException tooLarge(String source, long size) {
        return new JourneyFormatException(source, 0, 0, "The file is " + megabytes(size)
                + "; Journey Studio reads .journey.json files up to " + megabytes(JsonFormat.MAX_SIZE)
                + ", so this is not a journey map it wrote");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Strict decoding: a byte that is not UTF-8 is reported at its line and column, not silently replaced. */
    private static String decodeUtf8(byte[] bytes, String source) throws JourneyFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw notUtf8(source, out, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            out.flip();
            throw notUtf8(source, out, in.position());
        }
        out.flip();
        return out.toString();
    }

    private static JourneyFormatException notUtf8(String source, CharSequence decodedSoFar, int byteOffset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decodedSoFar.length(); i++) {
            if (decodedSoFar.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JourneyFormatException(source, line, column,
                "The file is not UTF-8 text (byte " + byteOffset + " cannot be decoded);"
                        + " a .journey.json file is UTF-8 JSON");
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
