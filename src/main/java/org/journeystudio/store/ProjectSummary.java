package org.journeystudio.store;

import java.time.Instant;

/**
 * What the home screen lists for a project, read without loading the whole map.
 *
 * @param changedBy who saved the project last (the name in that studio's settings); empty when not known (a project
 *                  last saved before schema version 12)
 */
public record ProjectSummary(String id, String title, Instant modified, int touchpointCount, String changedBy) {
    public ProjectSummary {
        changedBy = changedBy == null ? "" : changedBy;
    }

    /** A summary with no known author. */
    public ProjectSummary(String id, String title, Instant modified, int touchpointCount) {
        this(id, title, modified, touchpointCount, "");
    }
}
