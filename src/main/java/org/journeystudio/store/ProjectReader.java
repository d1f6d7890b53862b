package org.journeystudio.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.Kpi;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.LaneRole;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Scenarios;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.store.json.ImageSource;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;

/** Reads projects back from the library's tables into journey maps, lists in their stored order. */
final class ProjectReader {
    private final Statements sql;
    private final ImageRows images;

    ProjectReader(Statements sql) {
        this.sql = sql;
        this.images = new ImageRows(sql);
    }

    /** Summaries for the home screen, most recently modified first; touchpoints are counted by the database. */
    List<ProjectSummary> summaries() throws SQLException {
        PreparedStatement statement = sql.prepare("""
                SELECT p.id, p.title, p.modified_at,
                       (SELECT COUNT(*) FROM touchpoint t WHERE t.project_id = p.id) AS touchpoints, p.changed_by
                FROM project p ORDER BY p.modified_at DESC, p.title, p.id""");
        List<ProjectSummary> summaries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                summaries.add(new ProjectSummary(rows.getString(1), rows.getString(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getInt(4), rows.getString(5)));
            }
        }
        return summaries;
    }

    Optional<JourneyMap> load(String projectId) throws SQLException {
        PreparedStatement statement = sql.prepare("""
                SELECT title, description, scenario, created_at, modified_at, rating_scale
                FROM project WHERE id = ?""");
        statement.setString(1, projectId);
        try (ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            Map<String, TouchpointImage> known = images.ofProject(projectId);
            StoredValue where = new StoredValue(projectId, images.source(known));
            return Optional.of(new JourneyMap(projectId, row.getString(1), row.getString(2), row.getString(3),
                    row.getObject(4, OffsetDateTime.class).toInstant(),
                    row.getObject(5, OffsetDateTime.class).toInstant(),
                    where.scale(row.getString(6)),
                    personas(projectId), segments(projectId), stages(projectId), lanes(projectId),
                    touchpoints(projectId, where), scenarios(projectId, where), opportunities(projectId, where)));
        }
    }

    boolean exists(String projectId) throws SQLException {
        PreparedStatement statement = sql.prepare("SELECT 1 FROM project WHERE id = ?");
        statement.setString(1, projectId);
        try (ResultSet row = statement.executeQuery()) {
            return row.next();
        }
    }

    private List<Persona> personas(String projectId) throws SQLException {
        List<Persona> personas = new ArrayList<>();
        Map<String, Map<String, List<String>>> items = personaItems(projectId);
        try (ResultSet row = query("SELECT id, name, description, color, segment_id, icon, photo, quote, shared_id "
                + "FROM persona "
                + "WHERE project_id = ? ORDER BY position", projectId)) {
            while (row.next()) {
                Map<String, List<String>> lists = items.getOrDefault(row.getString(1), Map.of());
                personas.add(new Persona(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                        lists.get("GOAL"), lists.get("NEED"), lists.get("FRUSTRATION"), row.getString(9)));
            }
        }
        return personas;
    }

    /** Persona id → kind (GOAL, NEED, FRUSTRATION) → texts in order. */
    private Map<String, Map<String, List<String>>> personaItems(String projectId) throws SQLException {
        Map<String, Map<String, List<String>>> items = new HashMap<>();
        try (ResultSet row = query("SELECT persona_id, kind, body FROM persona_item WHERE project_id = ? "
                + "ORDER BY persona_id, kind, position", projectId)) {
            while (row.next()) {
                items.computeIfAbsent(row.getString(1), k -> new HashMap<>())
                        .computeIfAbsent(row.getString(2), k -> new ArrayList<>()).add(row.getString(3));
            }
        }
        return items;
    }

    private List<Segment> segments(String projectId) throws SQLException {
        List<Segment> segments = new ArrayList<>();
        try (ResultSet row = query("SELECT id, name, description, color, share FROM segment "
                + "WHERE project_id = ? ORDER BY position", projectId)) {
            while (row.next()) {
                segments.add(new Segment(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getObject(5, Double.class)));
            }
        }
        return segments;
    }

    private List<Stage> stages(String projectId) throws SQLException {
        Map<String, List<StagePath>> paths = new HashMap<>();
        try (ResultSet row = query("SELECT stage_id, id, name FROM stage_path WHERE project_id = ? "
                + "ORDER BY stage_id, position", projectId)) {
            while (row.next()) {
                paths.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                        .add(new StagePath(row.getString(2), row.getString(3)));
            }
        }
        List<Stage> stages = new ArrayList<>();
        try (ResultSet row = query("SELECT id, name, description, width_hint FROM stage "
                + "WHERE project_id = ? ORDER BY position", projectId)) {
            while (row.next()) {
                stages.add(new Stage(row.getString(1), row.getString(2), row.getString(3), row.getDouble(4),
                        paths.getOrDefault(row.getString(1), List.of())));
            }
        }
        return stages;
    }

    private List<Lane> lanes(String projectId) throws SQLException {
        List<Lane> lanes = new ArrayList<>();
        StoredValue where = new StoredValue(projectId, ImageSource.NONE);
        try (ResultSet row = query("SELECT id, kind, title, visible, role FROM lane "
                + "WHERE project_id = ? ORDER BY position", projectId)) {
            while (row.next()) {
                lanes.add(new Lane(row.getString(1), where.constant(LaneKind.class, row.getString(2)),
                        row.getString(3), row.getBoolean(4), where.constant(LaneRole.class, row.getString(5))));
            }
        }
        return lanes;
    }

    private List<Touchpoint> touchpoints(String projectId, StoredValue where) throws SQLException {
        Map<String, List<String>> expectations = expectations(projectId);
        Map<String, List<String>> opportunityLinks = new HashMap<>();
        Map<String, List<PainPoint>> painPoints = painPoints(projectId, where, opportunityLinks);
        Map<String, Map<String, Double>> satisfaction = satisfaction(projectId);
        Map<String, List<TouchpointLink>> links = links(projectId, where);
        List<Touchpoint> touchpoints = new ArrayList<>();
        try (ResultSet row = query("""
                SELECT id, stage_id, lane_id, order_in_cell, title, description, channel_kind, channel_detail,
                       owner, emotion_score, emotion_label, component_emotional, component_functional,
                       component_accessible, expected_score, evidence, origin, fail_point, wait_point, wait_duration,
                       image_hash, path_id
                FROM touchpoint WHERE project_id = ? ORDER BY position""", projectId)) {
            while (row.next()) {
                String id = row.getString(1);
                touchpoints.add(Touchpoint.builder(id, row.getString(2), row.getString(3))
                        .order(row.getInt(4))
                        .title(row.getString(5))
                        .description(row.getString(6))
                        .channel(new Channel(where.constant(ChannelKind.class, row.getString(7)), row.getString(8)))
                        .owner(row.getString(9))
                        .emotion(new Emotion(row.getInt(10), row.getString(11)))
                        .components(components(row.getBoolean(12), row.getBoolean(13), row.getBoolean(14)))
                        .expectedScore(row.getObject(15, Double.class))
                        .evidence(where.constant(Evidence.class, row.getString(16)))
                        .origin(row.getString(17))
                        .failPoint(row.getBoolean(18))
                        .waitPoint(row.getBoolean(19))
                        .waitDuration(row.getString(20))
                        .image(where.image(row.getString(21)))
                        .pathId(row.getString(22))
                        .links(links.getOrDefault(id, List.of()))
                        .expectations(expectations.getOrDefault(id, List.of()))
                        .painPoints(painPoints.getOrDefault(id, List.of()))
                        .opportunityIds(opportunityLinks.getOrDefault(id, List.of()))
                        .satisfaction(satisfaction.getOrDefault(id, Map.of()))
                        .build());
            }
        }
        return touchpoints;
    }

    /** No rows: the one "As-is" scenario every map starts with. */
    private Scenarios scenarios(String projectId, StoredValue where) throws SQLException {
        List<Scenario> list = new ArrayList<>();
        Map<String, List<Touchpoint>> stored = new LinkedHashMap<>();
        String active = null;
        try (ResultSet row = query("SELECT id, name, basis_id, active, touchpoints FROM scenario "
                + "WHERE project_id = ? ORDER BY position", projectId)) {
            while (row.next()) {
                String id = row.getString(1);
                list.add(new Scenario(id, row.getString(2), row.getString(3)));
                if (row.getBoolean(4)) {
                    active = id;
                } else {
                    stored.put(id, where.touchpoints(row.getString(5), id));
                }
            }
        }
        return list.isEmpty() ? Scenarios.single() : new Scenarios(active, list, stored);
    }

    private static Set<ExperienceComponent> components(boolean emotional, boolean functional, boolean accessible) {
        Set<ExperienceComponent> components = EnumSet.noneOf(ExperienceComponent.class);
        if (emotional) {
            components.add(ExperienceComponent.EMOTIONAL);
        }
        if (functional) {
            components.add(ExperienceComponent.FUNCTIONAL);
        }
        if (accessible) {
            components.add(ExperienceComponent.ACCESSIBLE);
        }
        return components;
    }

    private Map<String, List<String>> expectations(String projectId) throws SQLException {
        Map<String, List<String>> byTouchpoint = new HashMap<>();
        try (ResultSet row = query("SELECT touchpoint_id, body FROM touchpoint_expectation "
                + "WHERE project_id = ? ORDER BY touchpoint_id, position", projectId)) {
            while (row.next()) {
                byTouchpoint.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
            }
        }
        return byTouchpoint;
    }

    /**
     * Touchpoint id → pain points with their links to opportunities; the touchpoints' own links (those without a
     * pain point) go to {@code touchpointLinks}.
     */
    private Map<String, List<PainPoint>> painPoints(String projectId, StoredValue where,
            Map<String, List<String>> touchpointLinks) throws SQLException {
        Map<String, Map<Integer, List<String>>> painLinks = new HashMap<>();
        try (ResultSet row = query("SELECT touchpoint_id, opportunity_id, pain_position FROM touchpoint_opportunity "
                + "WHERE project_id = ? ORDER BY touchpoint_id, position", projectId)) {
            while (row.next()) {
                Integer pain = row.getObject(3, Integer.class);
                List<String> into = pain == null
                        ? touchpointLinks.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                        : painLinks.computeIfAbsent(row.getString(1), id -> new HashMap<>())
                                .computeIfAbsent(pain, p -> new ArrayList<>());
                into.add(row.getString(2));
            }
        }
        Map<String, List<PainPoint>> byTouchpoint = new HashMap<>();
        try (ResultSet row = query("SELECT touchpoint_id, body, severity, evidence, position, shared_id "
                + "FROM touchpoint_pain_point "
                + "WHERE project_id = ? ORDER BY touchpoint_id, position", projectId)) {
            while (row.next()) {
                List<String> links = painLinks.getOrDefault(row.getString(1), Map.of())
                        .getOrDefault(row.getInt(5), List.of());
                byTouchpoint.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(new PainPoint(
                        row.getString(2), row.getInt(3), where.constant(Evidence.class, row.getString(4)), links,
                        row.getString(6)));
            }
        }
        return byTouchpoint;
    }

    /** The map's opportunities, then those the notes of a scenario kept before schema 11 became. */
    private List<Opportunity> opportunities(String projectId, StoredValue where) throws SQLException {
        List<Opportunity> opportunities = new ArrayList<>();
        try (ResultSet row = query("SELECT id, title, description, owner, status, due_date, effort, customer_value, "
                + "business_value, kpi_name, kpi_baseline, kpi_target, evidence, shared_id FROM opportunity "
                + "WHERE project_id = ? ORDER BY position", projectId)) {
            while (row.next()) {
                opportunities.add(new Opportunity(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), where.constant(OpportunityStatus.class, row.getString(5)),
                        row.getObject(6, LocalDate.class), row.getObject(7, Integer.class),
                        row.getObject(8, Integer.class), row.getObject(9, Integer.class),
                        new Kpi(row.getString(10), row.getString(11), row.getString(12)),
                        where.constant(Evidence.class, row.getString(13)), row.getString(14)));
            }
        }
        for (Opportunity note : where.notes) {
            if (opportunities.stream().noneMatch(o -> o.id().equals(note.id()))) {
                opportunities.add(note);
            }
        }
        return opportunities;
    }

    private Map<String, List<TouchpointLink>> links(String projectId, StoredValue where) throws SQLException {
        Map<String, List<TouchpointLink>> byTouchpoint = new HashMap<>();
        try (ResultSet row = query("SELECT touchpoint_id, target_id, kind FROM touchpoint_link "
                + "WHERE project_id = ? ORDER BY touchpoint_id, position", projectId)) {
            while (row.next()) {
                byTouchpoint.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(new TouchpointLink(
                        row.getString(2), where.constant(LinkKind.class, row.getString(3))));
            }
        }
        return byTouchpoint;
    }

    private Map<String, Map<String, Double>> satisfaction(String projectId) throws SQLException {
        Map<String, Map<String, Double>> byTouchpoint = new HashMap<>();
        try (ResultSet row = query("SELECT touchpoint_id, segment_id, rating FROM touchpoint_satisfaction "
                + "WHERE project_id = ? ORDER BY touchpoint_id, position", projectId)) {
            while (row.next()) {
                byTouchpoint.computeIfAbsent(row.getString(1), id -> new LinkedHashMap<>())
                        .put(row.getString(2), row.getDouble(3));
            }
        }
        return byTouchpoint;
    }

    private ResultSet query(String text, String projectId) throws SQLException {
        PreparedStatement statement = sql.prepare(text);
        statement.setString(1, projectId);
        return statement.executeQuery();
    }

    /** Turns stored names back into the model's constants, saying which project holds a value it cannot read. */
    private record StoredValue(String projectId, ImageSource images, List<Opportunity> notes) {
        StoredValue(String projectId, ImageSource images) {
            this(projectId, images, new ArrayList<>());
        }

        /** The image stored under {@code hash}; null when the card has none. */
        TouchpointImage image(String hash) {
            if (hash == null) {
                return null;
            }
            TouchpointImage image = images.image(hash);
            if (image == null) {
                throw new LibraryException(Messages.text("storage.imageMissing", projectId, hash));
            }
            return image;
        }

        <E extends Enum<E>> E constant(Class<E> type, String name) {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new LibraryException(Messages.text("storage.unknownValue", projectId,
                        type.getSimpleName(), name));
            }
        }

        List<Touchpoint> touchpoints(String json, String scenarioId) {
            try {
                return JourneyJson.touchpointsFromJson(json == null ? "[]" : json, "scenario '" + scenarioId + "'",
                        images, notes::add);
            } catch (JourneyFormatException e) {
                throw new LibraryException(Messages.text("storage.scenarioUnreadable", projectId, scenarioId,
                        e.getMessage()));
            }
        }

        RatingScale scale(String label) {
            try {
                return RatingScale.fromLabel(label);
            } catch (IllegalArgumentException e) {
                throw new LibraryException(Messages.text("storage.unknownScale", projectId, label));
            }
        }
    }
}
