package org.journeystudio.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;

/** The words the trackers' columns take: a description with the plan's context, labels, tags and priorities. */
final class ActionPlanText {
    private ActionPlanText() {
    }

    /** The description, then what a tracker has no field for: status, KPI, ratings and what it addresses. */
    static String details(ActionPlanRow row) {
        Opportunity o = row.opportunity();
        List<String> parts = new ArrayList<>();
        if (!o.description().isEmpty()) {
            parts.add(o.description());
        }
        parts.add("Status in Journey Studio: " + o.status().displayName());
        if (!o.kpi().isEmpty()) {
            parts.add("KPI: " + o.kpi().summary());
        }
        parts.add("Effort " + orDash(o.effort()) + ", customer value " + orDash(o.customerValue())
                + ", business value " + orDash(o.businessValue()) + " (1–5)");
        if (!row.touchpoints().isEmpty()) {
            parts.add("Touchpoints: " + String.join("; ", row.touchpoints()));
        }
        if (!row.painPoints().isEmpty()) {
            parts.add("Pain points: " + String.join("; ", row.painPoints()));
        }
        return String.join("\n\n", parts);
    }

    /** Jira labels hold no spaces: the journey's and each stage's name, lower case, dashed. */
    static List<String> labels(JourneyMap map, ActionPlanRow row) {
        List<String> labels = new ArrayList<>();
        labels.add("journey-" + slug(map.title()));
        row.stages().forEach(stage -> labels.add("stage-" + slug(stage)));
        return labels;
    }

    /** Azure tags may hold spaces; the file separates them with semicolons, which a tag therefore cannot hold. */
    static List<String> tags(JourneyMap map, ActionPlanRow row) {
        List<String> tags = new ArrayList<>();
        tags.add("Journey: " + map.title().replace(';', ','));
        row.stages().forEach(stage -> tags.add("Stage: " + stage.replace(';', ',')));
        return tags;
    }

    /** Jira's default priority names by value ÷ effort; empty (Jira's default) when not rated. */
    static String jiraPriority(Double priority) {
        if (priority == null) {
            return "";
        }
        return priority >= 2 ? "Highest" : priority >= 1.25 ? "High" : priority >= 0.75 ? "Medium"
                : priority >= 0.4 ? "Low" : "Lowest";
    }

    /** Azure Boards' priorities 1 (highest) to 4; empty (the process's default) when not rated. */
    static String azurePriority(Double priority) {
        if (priority == null) {
            return "";
        }
        return priority >= 2 ? "1" : priority >= 1 ? "2" : priority >= 0.5 ? "3" : "4";
    }

    /** Azure Boards shows a description as HTML: the text escaped, its line breaks kept. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    private static String slug(String name) {
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s,;]+", "-").replaceAll("-+", "-");
        return slug.isEmpty() ? "untitled" : slug;
    }

    private static String orDash(Integer rating) {
        return rating == null ? "–" : rating.toString();
    }
}
