package org.journeystudio.model;

/**
 * A link from the touchpoint that holds it to another touchpoint of the same scenario, drawn as an arrow.
 *
 * @param targetId the touchpoint linked to
 * @param kind     what the link means
 */
public record TouchpointLink(String targetId, LinkKind kind) {
    public TouchpointLink {
        targetId = Checks.id(targetId, "linkTarget");
        if (kind == null) {
            throw new IllegalArgumentException("The link to '" + targetId + "' needs a kind");
        }
    }

    public static TouchpointLink dependsOn(String targetId) {
        return new TouchpointLink(targetId, LinkKind.DEPENDS_ON);
    }
}
