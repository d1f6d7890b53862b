package org.journeystudio.store;

import java.time.Instant;

/** What the home screen lists for a project, read without loading the whole map. */
public record ProjectSummary(String id, String title, Instant modified, int touchpointCount) {
}
