package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.Kpi;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;

/**
 * The map's {@code "opportunities"} (format 6) and the {@code "opportunities"} of a touchpoint or pain point: ids
 * of the map's opportunities, or, in a touchpoint of format 5 or older, notes ({@code {"text", "evidence"}}) that
 * become opportunities of their own ({@link LegacyNotes}).
 */
final class OpportunitiesJson {
    private static final List<String> FIELDS = List.of("id", "title", "description", "owner", "status", "due",
            "effort", "customerValue", "businessValue", "kpi", "evidence", "sharedId");

    /** What a touchpoint's list named: ids, and the old notes still to be given ids. */
    record Links(List<String> ids, List<Note> notes) {
        static final Links NONE = new Links(List.of(), List.of());
    }

    /** An opportunity note as files before format 6 kept it on a touchpoint. */
    record Note(String text, Evidence evidence) {
    }

    private OpportunitiesJson() {
    }

    static void write(JsonGenerator out, List<Opportunity> opportunities) throws IOException {
        out.writeArrayFieldStart("opportunities");
        for (Opportunity o : opportunities) {
            out.writeStartObject();
            out.writeStringField("id", o.id());
            out.writeStringField("title", o.title());
            out.writeStringField("description", o.description());
            out.writeStringField("owner", o.owner());
            out.writeStringField("status", FormatWords.word(o.status()));
            if (o.due() != null) {
                out.writeStringField("due", o.due().toString());
            }
            rating(out, "effort", o.effort());
            rating(out, "customerValue", o.customerValue());
            rating(out, "businessValue", o.businessValue());
            if (!o.kpi().isEmpty()) {
                out.writeObjectFieldStart("kpi");
                out.writeStringField("name", o.kpi().name());
                out.writeStringField("baseline", o.kpi().baseline());
                out.writeStringField("target", o.kpi().target());
                out.writeEndObject();
            }
            out.writeStringField("evidence", FormatWords.word(o.evidence()));
            JourneyJsonWriter.sharedId(out, o.sharedId());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void rating(JsonGenerator out, String field, Integer value) throws IOException {
        if (value != null) {
            out.writeNumberField(field, value);
        }
    }

    /** A touchpoint's opportunities as the notes of files before format 6: text and evidence. */
    static void notes(JsonGenerator out, List<Opportunity> notes) throws IOException {
        out.writeArrayFieldStart("opportunities");
        for (Opportunity note : notes) {
            out.writeStartObject();
            out.writeStringField("text", note.title());
            out.writeStringField("evidence", FormatWords.word(note.evidence()));
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /**
     * The ids a touchpoint or pain point links to. A touchpoint always has the field (as files before format 6, an
     * empty list is {@code []}); a pain point without links leaves it out, as it had none before.
     */
    static void ids(JsonGenerator out, List<String> ids, boolean evenEmpty) throws IOException {
        if (evenEmpty || !ids.isEmpty()) {
            out.writeArrayFieldStart("opportunities");
            for (String id : ids) {
                out.writeString(id);
            }
            out.writeEndArray();
        }
    }

    static List<Opportunity> read(JsonCursor in) throws JourneyFormatException {
        List<Opportunity> opportunities = new ArrayList<>();
        if (in.isNull()) {
            return opportunities;
        }
        in.expectArray("opportunities");
        Set<String> ids = new HashSet<>();
        while (in.nextElement()) {
            JsonLocation at = in.here();
            Opportunity o = opportunity(in);
            if (!ids.add(o.id())) {
                throw in.problem(at, Messages.text("journeyfile.idTwice", o.id(), "opportunities"));
            }
            opportunities.add(o);
        }
        return opportunities;
    }

    private static Opportunity opportunity(JsonCursor in) throws JourneyFormatException {
        in.expectObject(JsonElement.OPPORTUNITY);
        JsonLocation start = in.here();
        String id = null;
        String title = "";
        String description = "";
        String owner = "";
        OpportunityStatus status = null;
        LocalDate due = null;
        Integer effort = null;
        Integer customerValue = null;
        Integer businessValue = null;
        Kpi kpi = Kpi.NONE;
        Evidence evidence = null;
        String shared = null;
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            String name = field.get();
            switch (name) {
                case "id" -> id = in.id(name);
                case "title" -> title = in.optionalText(name);
                case "description" -> description = in.optionalText(name);
                case "owner" -> owner = in.optionalText(name);
                case "status" -> status = in.isNull() ? null : in.word(name, OpportunityStatus.class);
                case "due" -> due = in.isNull() ? null : date(in);
                case "effort" -> effort = rating(in, name);
                case "customerValue" -> customerValue = rating(in, name);
                case "businessValue" -> businessValue = rating(in, name);
                case "kpi" -> kpi = in.isNull() ? Kpi.NONE : kpi(in);
                case "evidence" -> evidence = in.isNull() ? null : in.word(name, Evidence.class);
                case "sharedId" -> shared = in.optionalText(name);
                default -> throw in.unknownField(name, JsonElement.OPPORTUNITY, FIELDS);
            }
        }
        if (id == null) {
            throw in.missing(start, JsonElement.OPPORTUNITY, "id");
        }
        try {
            return new Opportunity(id, title, description, owner, status, due, effort, customerValue, businessValue,
                    kpi, evidence, shared);
        } catch (IllegalArgumentException e) {
            throw in.problem(start, Messages.text("journeyfile.badOpportunity", id, e.getMessage()));
        }
    }

    private static Integer rating(JsonCursor in, String field) throws JourneyFormatException {
        return in.isNull() ? null : in.wholeNumber(field, Opportunity.MIN_RATING, Opportunity.MAX_RATING);
    }

    private static LocalDate date(JsonCursor in) throws JourneyFormatException {
        String text = in.text("due");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw in.problemHere(Messages.text("journeyfile.notDate", text));
        }
    }

    private static Kpi kpi(JsonCursor in) throws JourneyFormatException {
        in.expectObject("kpi");
        String name = "";
        String baseline = "";
        String target = "";
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "name" -> name = in.optionalText("name");
                case "baseline" -> baseline = in.optionalText("baseline");
                case "target" -> target = in.optionalText("target");
                default -> throw in.unknownField(field.get(), JsonElement.KPI, List.of("name", "baseline", "target"));
            }
        }
        return new Kpi(name, baseline, target);
    }

    /** A touchpoint's or pain point's list: ids, or (before format 6, touchpoints only) notes. */
    static Links links(JsonCursor in, boolean notesAllowed) throws JourneyFormatException {
        if (in.isNull()) {
            return Links.NONE;
        }
        in.expectArray("opportunities");
        List<String> ids = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        while (in.nextElement()) {
            if (notesAllowed && in.token() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                notes.add(note(in));
            } else {
                ids.add(in.id("opportunities"));
            }
        }
        return new Links(ids, notes);
    }

    private static Note note(JsonCursor in) throws JourneyFormatException {
        String text = null;
        Evidence evidence = null;
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "text" -> text = in.optionalText("text");
                case "evidence" -> evidence = in.isNull() ? null : in.word("evidence", Evidence.class);
                default -> throw in.unknownField(field.get(), JsonElement.NOTE, List.of("text", "evidence"));
            }
        }
        return new Note(text, evidence);
    }
}
