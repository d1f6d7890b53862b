package org.journeystudio.model;

/**
 * One state of a map's touchpoints, such as today's experience ("As-is") or the one the team wants ("To-be").
 * All scenarios of a map share its stages, lanes, segments and personas; each has its own touchpoints.
 *
 * @param id      unique within the map
 * @param name    what the user calls it
 * @param basisId the scenario this one was copied from (its touchpoints' {@link Touchpoint#origin()} point
 *                there), or empty when it was not derived from another
 */
public record Scenario(String id, String name, String basisId) {
    public static final String AS_IS = "As-is";
    public static final String TO_BE = "To-be";

    public Scenario {
        id = Checks.id(id, "scenario");
        name = Checks.text(name);
        basisId = Checks.text(basisId);
    }

    public boolean derived() {
        return !basisId.isEmpty();
    }

    public Scenario withName(String newName) {
        return new Scenario(id, newName, basisId);
    }

    public Scenario withBasis(String newBasisId) {
        return new Scenario(id, name, newBasisId);
    }
}
