package org.journeystudio.workshop;

import org.journeystudio.model.JourneyMap;

/** Starts workshop sessions for maps of the library; the studio holds one of these. */
public interface WorkshopLauncher {

    /**
     * Starts a session for {@code map} (the project {@code projectId}) with voting open on every stage and results
     * hidden. Answers are stored in the library as live responses tagged with the session.
     *
     * @throws WorkshopException when the server cannot start (no network, port taken…), with a message for the user
     */
    WorkshopSession start(String projectId, JourneyMap map);
}
