package org.journeystudio.layout;

/**
 * One track of a stage that has paths: the stage's main track ({@code pathId} empty) or one of its paths, a
 * sub-column of the stage. {@code header} holds the track's name under the stage's; {@code body} spans the lanes.
 */
public record PathTrack(String stageId, String pathId, String name, Box header, Box body) {
    /** The name shown over a stage's main track when the stage has paths beside it. */
    public static final String MAIN_NAME = "Main";

    public boolean main() {
        return pathId.isEmpty();
    }
}
