package org.journeystudio.model;

/**
 * One of a stage's alternative paths, drawn as a parallel track within the stage ("Home delivery" beside
 * "Click &amp; collect"). A touchpoint of no path is on the stage's main track.
 */
public record StagePath(String id, String name) {
    public StagePath {
        id = Checks.id(id, "path");
        name = Checks.text(name);
    }

    public StagePath withName(String newName) {
        return new StagePath(id, newName);
    }
}
