package org.journeystudio.store;

import java.time.Instant;

/**
 * A row's version in the library and who changed it last, when.
 *
 * @param version   raised by every save that changes the row
 * @param changedBy the name set in that studio's settings; empty for rows written before schema version 12
 * @param changedAt when that save ran, or {@code null} for rows written before schema version 12
 */
public record RowVersion(long version, String changedBy, Instant changedAt) {
}
