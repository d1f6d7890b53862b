package org.journeystudio.usecase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.AddOpportunity;
import org.journeystudio.edit.command.AddPersona;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.SharedContent;
import org.journeystudio.model.SharedKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.LibraryItem;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.SharedItems;

/**
 * The cross-journey library (issue 21 item 4): the personas, pain points and opportunities of every project, one
 * entry per item (the uses of a shared item together, each item of a project's own alone), filtered by kind and
 * text; sharing one into another project or the journey open in the editor, merging duplicates, removing a shared
 * item everywhere. Plain Java, so the command line can do what the Library view does.
 */
public final class SharedLibrary {
    private final SharedItems items;

    private SharedLibrary(SharedItems items) {
        this.items = items;
    }

    /** The library's shared items; empty for a library that cannot share (a test fake). */
    public static Optional<SharedLibrary> of(ProjectLibrary library) {
        return library.sharedItems().map(SharedLibrary::new);
    }

    /** One item and where it is used: one use unless it is shared. */
    public record Entry(SharedKind kind, String text, String sharedId, List<LibraryItem> uses) {
        public Entry {
            uses = List.copyOf(uses);
        }

        public boolean shared() {
            return sharedId != null;
        }

        /** The titles of the projects that use it, in order, each once. */
        public List<String> projects() {
            return uses.stream().map(LibraryItem::projectTitle).distinct().sorted(String.CASE_INSENSITIVE_ORDER)
                    .toList();
        }

        public boolean usedIn(String projectId) {
            return uses.stream().anyMatch(u -> u.projectId().equals(projectId));
        }

        LibraryItem first() {
            return uses.get(0);
        }
    }

    /**
     * The entries of {@code kind} (null: every kind) whose text, or a project's title, contains {@code filter}
     * (ignoring case); by kind, then text.
     */
    public List<Entry> entries(SharedKind kind, String filter) {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        Map<String, List<LibraryItem>> grouped = new LinkedHashMap<>();
        for (LibraryItem item : items.list()) {
            if (kind != null && item.kind() != kind) {
                continue;
            }
            String key = item.sharedId() != null ? item.kind() + "/" + item.sharedId()
                    : item.kind() + "/" + item.projectId() + "/" + item.id() + "/" + item.position();
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        List<Entry> entries = new ArrayList<>();
        for (List<LibraryItem> uses : grouped.values()) {
            LibraryItem first = uses.get(0);
            Entry entry = new Entry(first.kind(), first.text(), first.sharedId(), uses);
            if (wanted.isEmpty() || entry.text().toLowerCase(Locale.ROOT).contains(wanted)
                    || entry.projects().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(wanted))) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** Shares the entry into another project (a pain point onto its card {@code cardId}). */
    public void shareInto(Entry entry, String projectId, String cardId) {
        items.shareInto(entry.first(), projectId, cardId);
    }

    /** Merges the entries into one shared item with the text of {@code chosen}; returns the shared id. */
    public String merge(List<Entry> entries, Entry chosen) {
        if (entries.size() < 2) {
            throw new LibraryException(Messages.text("library.mergeTwoOrMore"));
        }
        List<LibraryItem> uses = new ArrayList<>();
        entries.forEach(e -> uses.add(e.first()));
        return items.merge(uses, chosen.first());
    }

    /** The titles of the projects the shared item is removed from. */
    public List<String> removeEverywhere(Entry entry) {
        return removeEverywhere(entry.kind(), entry.sharedId());
    }

    /**
     * The titles of the other projects that use a shared item, beside {@code projectId} (what "delete only here or
     * everywhere?" names); empty for an item of this project alone.
     */
    public List<String> otherJourneys(SharedKind kind, String sharedId, String projectId) {
        if (sharedId == null) {
            return List.of();
        }
        return items.list().stream().filter(i -> i.kind() == kind && sharedId.equals(i.sharedId())
                        && !i.projectId().equals(projectId))
                .map(LibraryItem::projectTitle).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Removes a shared item from every project that uses it; returns their titles. */
    public List<String> removeEverywhere(SharedKind kind, String sharedId) {
        return items.removeEverywhere(kind, sharedId);
    }

    /**
     * The undoable edit that adds a linked copy of the entry to {@code open}, the journey an editor holds (a pain
     * point onto its card {@code cardId}). The item becomes shared in its own project first, if it was not.
     */
    public MapCommand addTo(JourneyMap open, Entry entry, String cardId) {
        if (entry.usedIn(open.id())) {
            throw new LibraryException(Messages.text("library.alreadyInJourney", entry.text()));
        }
        Touchpoint card = entry.kind() != SharedKind.PAIN_POINT ? null
                : open.touchpoint(cardId == null ? "" : cardId).orElseThrow(() -> new LibraryException(
                        Messages.text("library.chooseCardFirst", entry.text())));
        Record source = items.sharedSource(entry.first());
        return switch (entry.kind()) {
            case PERSONA -> AddPersona.of(SharedContent.copy((Persona) source), AddPersona.AT_END);
            case OPPORTUNITY -> AddOpportunity.unlinked(SharedContent.copy((Opportunity) source));
            case PAIN_POINT -> {
                List<PainPoint> pains = new ArrayList<>(card.painPoints());
                pains.add(SharedContent.copy((PainPoint) source));
                yield new SetTouchpointField<>(java.util.Set.of(card.id()), TouchpointField.PAIN_POINTS, pains,
                        Messages.text("library.addPainPointStep", entry.text()));
            }
        };
    }
}
