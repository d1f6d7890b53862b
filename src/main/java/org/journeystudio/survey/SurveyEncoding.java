package org.journeystudio.survey;

import java.nio.charset.Charset;

/**
 * The text encoding of a survey file and the length of its byte-order mark, which readers skip.
 *
 * @param charset     the encoding the bytes after the mark are in
 * @param bomLength   how many leading bytes are a byte-order mark (0 when there is none)
 */
public record SurveyEncoding(Charset charset, int bomLength) {

    /** True when delimiters, quotes and line ends are single ASCII bytes, so bytes can be scanned directly. */
    public boolean asciiCompatible() {
        String name = charset.name();
        return !name.startsWith("UTF-16");
    }
}
