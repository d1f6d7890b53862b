package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.util.Optional;
import org.journeystudio.i18n.Messages;

/**
 * The first pass over a file: checks that it is one JSON object with a {@code formatVersion} this code reads,
 * wherever that field stands. A file of another version is refused for its version, not for some field
 * that merely looks wrong to this version's reader; broken syntax anywhere is found here too.
 */
final class FormatVersionCheck {
    private FormatVersionCheck() {
    }

    /** Checks the version and returns the file's {@code "images"} (format 4; none before), by their keys. */
    static java.util.Map<String, org.journeystudio.model.TouchpointImage> require(String text, String source)
            throws JourneyFormatException {
        try (JsonCursor in = new JsonCursor(text, source)) {
            if (in.next() == null) {
                throw new JourneyFormatException(source, 1, 1, Messages.text("journeyfile.empty"));
            }
            if (in.token() != JsonToken.START_OBJECT) {
                throw in.problemHere(Messages.text("journeyfile.notOneObject", "{ \"formatVersion\": "
                        + JsonFormat.CURRENT_VERSION + ", \"map\": " + JsonCursor.OBJECT + " }", in.describeCurrent()));
            }
            JsonLocation start = in.here();
            Integer version = null;
            java.util.Map<String, org.journeystudio.model.TouchpointImage> images = java.util.Map.of();
            for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
                if (field.get().equals("formatVersion")) {
                    version = readableVersion(in);
                } else if (field.get().equals("images")) {
                    images = ImagesReader.read(in);
                } else {
                    in.skipValue();
                }
            }
            if (in.next() != null) {
                throw in.problemHere(Messages.text("journeyfile.afterTheEnd", in.describeCurrent()));
            }
            if (version == null) {
                throw in.problem(start, Messages.text("journeyfile.noVersion", JsonFormat.supportedVersions()));
            }
            return images;
        }
    }

    private static int readableVersion(JsonCursor in) throws JourneyFormatException {
        if (in.token() != JsonToken.VALUE_NUMBER_INT) {
            throw in.problemHere(Messages.text("journeyfile.versionNotNumber", JsonFormat.CURRENT_VERSION,
                    in.describeCurrent()));
        }
        int version = in.wholeNumber("formatVersion");
        if (!JsonFormat.READABLE_VERSIONS.contains(version)) {
            throw in.problemHere(Messages.text(version > JsonFormat.CURRENT_VERSION ? "journeyfile.newerVersion"
                    : "journeyfile.unsupportedVersion", version, JsonFormat.supportedVersions()));
        }
        return version;
    }
}
