package org.journeystudio.store.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.BoundedFile;
import org.journeystudio.model.Limits;
import org.journeystudio.model.LimitExceededException;

/**
 * Loads the text of a {@code .journey.json} file, refusing what {@link BoundedFile} refuses (a file over
 * {@link JsonFormat#FILE_LIMIT}, a device, a pipe) before parsing and anything that is not UTF-8, so a wrong file
 * gives a clear message rather than a long wait.
 */
final class SourceText {
    private SourceText() {
    }

    static String read(Path file, String source) throws IOException, JourneyFormatException {
        byte[] bytes;
        try {
            bytes = BoundedFile.readAll(file, JsonFormat.FILE_LIMIT);
        } catch (LimitExceededException e) {
            throw new JourneyFormatException(source, 0, 0, e.problem());
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
                throw new JourneyFormatException(source, 0, 0, Messages.text("journeyfile.inputTooLarge",
                        Limits.bytesShown(JsonFormat.MAX_SIZE)));
            }
        }
        return withoutByteOrderMark(text.toString());
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
        return new JourneyFormatException(source, line, column, Messages.text("journeyfile.notUtf8", byteOffset));
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
