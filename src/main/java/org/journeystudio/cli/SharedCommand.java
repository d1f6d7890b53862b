package org.journeystudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.SharedKind;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.LibraryItem;
import org.journeystudio.usecase.SharedLibrary;
import org.journeystudio.usecase.SharedLibrary.Entry;

/**
 * {@code journey-studio shared [--kind K] [--format text|csv|json]}: the library's personas, pain points and
 * opportunities across its projects, as the Library view lists them (a shared item once with every project using
 * it, an item of one project alone by itself). CSV and JSON use English field names for scripts.
 */
final class SharedCommand implements Subcommand {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String KINDS = "persona|pain-point|opportunity";

    @Override
    public String name() {
        return "shared";
    }

    @Override
    public String synopsis() {
        return "[--kind " + KINDS + "] [--format text|csv|json] [--library DIR]";
    }

    @Override
    public String description() {
        return Messages.text("help.shared.description");
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Subcommand.valued("kind", "KIND", Messages.text("help.shared.option.kind")))
                .addOption(Subcommand.valued("format", "FORMAT", Messages.text("help.shared.option.format")))
                .addOption(ProjectSelector.libraryOption());
    }

    @Override
    public String footer() {
        return "\n" + Subcommand.examples("journey-studio shared --kind persona",
                "journey-studio shared --format json > shared.json");
    }

    @Override
    public int run(CommandCall call) {
        SharedKind kind = kind(call.value("kind"));
        String format = format(call.value("format"));
        try (JdbcLibrary library = call.openLibrary()) {
            SharedLibrary shared = SharedLibrary.of(library)
                    .orElseThrow(() -> new LibraryException(Messages.text("cli.sharedNotSupported")));
            List<Entry> entries = shared.entries(kind, "");
            switch (format) {
                case "csv" -> csv(entries, call.out());
                case "json" -> json(entries, call.out());
                default -> text(entries, call.out());
            }
        }
        call.out().flush();
        return 0;
    }

    private static SharedKind kind(String value) {
        if (value == null) {
            return null;
        }
        for (SharedKind kind : SharedKind.values()) {
            if (word(kind).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new UsageException(Messages.text("cli.sharedKindExpected", KINDS.replace("|", ", "), value));
    }

    private static String format(String value) {
        if (value == null) {
            return "text";
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        if (List.of("text", "csv", "json").contains(wanted)) {
            return wanted;
        }
        throw new UsageException(Messages.text("cli.formatExpected", "text, csv", "json", value));
    }

    /** The machine word of a kind, as {@code --kind} takes it and CSV/JSON print it. */
    private static String word(SharedKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void text(List<Entry> entries, PrintWriter out) {
        if (entries.isEmpty()) {
            out.println(Messages.text("cli.sharedNone"));
            return;
        }
        SharedKind heading = null;
        for (Entry entry : entries) {
            if (entry.kind() != heading) {
                heading = entry.kind();
                out.println(Messages.text("cli.sharedHeading", heading.ordinal(),
                        entries.stream().filter(e -> e.kind() == entry.kind()).count()));
            }
            String projects = String.join(", ", entry.projects());
            String line = Messages.text(entry.shared() ? "cli.sharedEntry" : "cli.ownEntry", entry.text(), projects,
                    entry.projects().size());
            out.println("  " + line); // indented under its heading (a bundle would strip leading spaces)
        }
    }

    private static void csv(List<Entry> entries, PrintWriter out) {
        out.println("kind,text,shared_id,project,project_id,card");
        for (Entry entry : entries) {
            for (LibraryItem use : entry.uses()) {
                out.println(String.join(",", word(entry.kind()), HeatmapCsv.quote(entry.text()),
                        entry.shared() ? HeatmapCsv.quote(entry.sharedId()) : "",
                        HeatmapCsv.quote(use.projectTitle()), HeatmapCsv.quote(use.projectId()),
                        HeatmapCsv.quote(use.card())));
            }
        }
    }

    private static void json(List<Entry> entries, PrintWriter out) {
        ArrayNode items = MAPPER.createArrayNode();
        for (Entry entry : entries) {
            ObjectNode node = items.addObject().put("kind", word(entry.kind())).put("text", entry.text())
                    .put("shared", entry.shared()).put("sharedId", entry.sharedId());
            ArrayNode uses = node.putArray("uses");
            for (LibraryItem use : entry.uses()) {
                ObjectNode u = uses.addObject().put("project", use.projectTitle()).put("projectId", use.projectId());
                if (entry.kind() == SharedKind.PAIN_POINT) {
                    u.put("card", use.card());
                }
            }
        }
        try {
            out.println(MAPPER.writeValueAsString(MAPPER.createObjectNode().set("items", items)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
