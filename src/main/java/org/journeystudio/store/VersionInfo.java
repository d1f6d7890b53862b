package org.journeystudio.store;

import java.time.Instant;

/**
 * One kept version of a project, as the version list shows it.
 *
 * @param id        unique within the library
 * @param projectId the project it is a version of
 * @param name      what the user called it, or what the studio did next ("Before survey import")
 * @param note      the user's note, possibly empty
 * @param created   when it was kept
 * @param bytes     what it costs in the library
 * @param automatic true when the studio kept it before an edit, false when the user saved it
 */
public record VersionInfo(long id, String projectId, String name, String note, Instant created, long bytes,
                          boolean automatic) {
}
