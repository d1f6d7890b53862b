package org.journeystudio.ui.fakes;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.workshop.RoomAddress;
import org.journeystudio.workshop.WorkshopException;
import org.journeystudio.workshop.WorkshopLauncher;
import org.journeystudio.workshop.WorkshopSession;

/** A workshop launcher without a server: it hands out {@link FakeWorkshopSession}s, or refuses when told to. */
public final class FakeWorkshops implements WorkshopLauncher {
    private final List<FakeWorkshopSession> started = new ArrayList<>();
    private volatile String refusal;
    private volatile List<RoomAddress> addresses = FakeWorkshopSession.LAPTOP;

    /** The addresses the next sessions listen on; none is a laptop on no network. */
    public void onAddresses(List<RoomAddress> next) {
        addresses = List.copyOf(next);
    }

    /** Makes the next starts fail with a {@link WorkshopException} saying {@code message}. */
    public void refuseWith(String message) {
        refusal = message;
    }

    @Override
    public synchronized WorkshopSession start(String projectId, JourneyMap map) {
        if (refusal != null) {
            throw new WorkshopException(refusal);
        }
        FakeWorkshopSession session = new FakeWorkshopSession(projectId, map, addresses);
        started.add(session);
        return session;
    }

    /** The sessions started so far, oldest first. */
    public synchronized List<FakeWorkshopSession> started() {
        return List.copyOf(started);
    }
}
