package org.journeystudio.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.store.json.JourneyJson;

/**
 * The SQL that writes one project's rows: one method per kind of row and change. Which rows to write is
 * decided by {@link IncrementalSave}; every UPDATE raises the row's revision. A touchpoint's revision is its row
 * version: it is raised by every save that changes the touchpoint, which writes only over the version it expects and
 * says who changed it and when.
 */
final class ProjectRows {
    /** Every table with a project's rows, children first; written out so that no SQL is built from a name. */
    private static final List<String> DELETE_PROJECT_ROWS = List.of(
            "DELETE FROM project_version WHERE project_id = ?", "DELETE FROM scenario WHERE project_id = ?",
            "DELETE FROM touchpoint WHERE project_id = ?", "DELETE FROM opportunity WHERE project_id = ?",
            "DELETE FROM persona WHERE project_id = ?", "DELETE FROM segment WHERE project_id = ?",
            "DELETE FROM stage_path WHERE project_id = ?", "DELETE FROM stage WHERE project_id = ?",
            "DELETE FROM lane WHERE project_id = ?");

    private final Statements sql;
    private final String projectId;
    private final ImageRows images;
    final OpportunityRows opportunities;
    private final ChangeStamp stamp;
    /** Touchpoint id → the version its row must still have for a save to write over it. */
    private final Map<String, RowVersion> expected;

    /** Who saves and when, stamped on the rows a save writes. */
    record ChangeStamp(String author, Instant at) {
    }

    /** Rows for deleting a project, which stamps nothing. */
    ProjectRows(Statements sql, String projectId) {
        this(sql, projectId, new ChangeStamp("", Instant.EPOCH), Map.of());
    }

    ProjectRows(Statements sql, String projectId, ChangeStamp stamp, Map<String, RowVersion> expected) {
        this.sql = sql;
        this.projectId = projectId;
        this.images = new ImageRows(sql);
        this.opportunities = new OpportunityRows(sql, projectId);
        this.stamp = stamp;
        this.expected = expected;
    }

    void insertProject(JourneyMap map) throws SQLException {
        sql.update("INSERT INTO project (id, title, description, scenario, created_at, modified_at, rating_scale, "
                        + "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                projectId, map.title(), map.description(), map.scenario(), time(map.created()),
                time(map.modified()), map.scale().label(), stamp.author(), time(stamp.at()));
    }

    void updateProject(JourneyMap map) throws SQLException {
        sql.update("UPDATE project SET title = ?, description = ?, scenario = ?, created_at = ?, modified_at = ?, "
                        + "rating_scale = ?, revision = revision + 1 WHERE id = ?",
                map.title(), map.description(), map.scenario(), time(map.created()), time(map.modified()),
                map.scale().label(), projectId);
    }

    /**
     * Ends a save that wrote rows: sets the project's last-modified time (bookkeeping, not content: the revision
     * stays), raises its version from {@code version} and says who saved and when.
     */
    void recordSave(Instant modified, long version) throws SQLException {
        requireOne(sql.update("UPDATE project SET modified_at = ?, row_version = row_version + 1, changed_by = ?, "
                + "changed_at = ? WHERE id = ? AND row_version = ?", time(modified), stamp.author(),
                time(stamp.at()), projectId, version), Messages.text("storage.changedByOthers.project"));
    }

    /** {@code refusal} is the whole sentence that says what someone else changed. */
    private void requireOne(int rows, String refusal) {
        if (rows != 1) {
            throw new LibraryException(refusal);
        }
    }

    private long expectedVersion(String touchpointId) {
        RowVersion version = expected.get(touchpointId);
        if (version == null) {
            throw new IllegalStateException("No row version known for touchpoint " + touchpointId);
        }
        return version.version();
    }

    /** Deletes the project and everything in it, children before the rows they point at. */
    void deleteProject() throws SQLException {
        for (String delete : DELETE_PROJECT_ROWS) {
            sql.update(delete, projectId);
        }
        sql.update("DELETE FROM project WHERE id = ?", projectId);
    }

    final ElementRows<Segment> segments = new ElementRows<>() {
        @Override public void insert(int position, Segment s) throws SQLException {
            sql.update("INSERT INTO segment (project_id, id, position, name, description, color, share) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", projectId, s.id(), position, s.name(), s.description(),
                    s.color(), s.share());
        }

        @Override public void update(int oldPosition, int position, Segment old, Segment s) throws SQLException {
            sql.update("UPDATE segment SET position = ?, name = ?, description = ?, color = ?, share = ?, "
                    + "revision = revision + 1 WHERE project_id = ? AND id = ?",
                    position, s.name(), s.description(), s.color(), s.share(), projectId, s.id());
        }

        @Override public void delete(String id) throws SQLException {
            sql.update("DELETE FROM segment WHERE project_id = ? AND id = ?", projectId, id);
        }
    };

    final ElementRows<Persona> personas = new ElementRows<>() {
        @Override public void insert(int position, Persona p) throws SQLException {
            sql.update("INSERT INTO persona (project_id, id, position, name, description, color, segment_id, "
                            + "icon, photo, quote, shared_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    projectId, p.id(), position, p.name(), p.description(), p.color(), p.segmentId(),
                    p.icon(), p.photo(), p.quote(), p.sharedId());
            insertPersonaItems(p);
        }

        @Override public void update(int oldPosition, int position, Persona old, Persona p) throws SQLException {
            sql.update("UPDATE persona SET position = ?, name = ?, description = ?, color = ?, segment_id = ?, "
                            + "icon = ?, photo = ?, quote = ?, shared_id = ?, revision = revision + 1 "
                            + "WHERE project_id = ? AND id = ?",
                    position, p.name(), p.description(), p.color(), p.segmentId(), p.icon(), p.photo(), p.quote(),
                    p.sharedId(), projectId, p.id());
            if (!old.goals().equals(p.goals()) || !old.needs().equals(p.needs())
                    || !old.frustrations().equals(p.frustrations())) {
                sql.update("DELETE FROM persona_item WHERE project_id = ? AND persona_id = ?", projectId, p.id());
                insertPersonaItems(p);
            }
        }

        @Override public void delete(String id) throws SQLException {
            sql.update("DELETE FROM persona WHERE project_id = ? AND id = ?", projectId, id);
        }
    };

    final ElementRows<Stage> stages = new ElementRows<>() {
        @Override public void insert(int position, Stage s) throws SQLException {
            sql.update("INSERT INTO stage (project_id, id, position, name, description, width_hint) "
                            + "VALUES (?, ?, ?, ?, ?, ?)",
                    projectId, s.id(), position, s.name(), s.description(), s.widthHint());
            insertPaths(s);
        }

        @Override public void update(int oldPosition, int position, Stage old, Stage s) throws SQLException {
            sql.update("UPDATE stage SET position = ?, name = ?, description = ?, width_hint = ?, "
                            + "revision = revision + 1 WHERE project_id = ? AND id = ?",
                    position, s.name(), s.description(), s.widthHint(), projectId, s.id());
            if (!old.paths().equals(s.paths())) {
                sql.update("DELETE FROM stage_path WHERE project_id = ? AND stage_id = ?", projectId, s.id());
                insertPaths(s);
            }
        }

        @Override public void delete(String id) throws SQLException {
            sql.update("DELETE FROM stage_path WHERE project_id = ? AND stage_id = ?", projectId, id);
            sql.update("DELETE FROM stage WHERE project_id = ? AND id = ?", projectId, id);
        }
    };

    final ElementRows<Lane> lanes = new ElementRows<>() {
        @Override public void insert(int position, Lane l) throws SQLException {
            sql.update("INSERT INTO lane (project_id, id, position, kind, title, visible, role) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    projectId, l.id(), position, l.kind().name(), l.title(), l.visible(), l.role().name());
        }

        @Override public void update(int oldPosition, int position, Lane old, Lane l) throws SQLException {
            sql.update("UPDATE lane SET position = ?, kind = ?, title = ?, visible = ?, role = ?, "
                    + "revision = revision + 1 WHERE project_id = ? AND id = ?", position, l.kind().name(), l.title(),
                    l.visible(), l.role().name(), projectId, l.id());
        }

        @Override public void delete(String id) throws SQLException {
            sql.update("DELETE FROM lane WHERE project_id = ? AND id = ?", projectId, id);
        }
    };

    final ElementRows<Touchpoint> touchpoints = new ElementRows<>() {
        @Override public void insert(int position, Touchpoint t) throws SQLException {
            List<Object> values = new ArrayList<>(List.of(projectId, t.id(), position));
            values.addAll(touchpointColumns(t));
            values.addAll(Arrays.asList(stamp.author(), time(stamp.at())));
            images.keep(t.image());
            sql.update("INSERT INTO touchpoint (project_id, id, position, stage_id, lane_id, order_in_cell, title, "
                    + "description, channel_kind, channel_detail, owner, emotion_score, emotion_label, "
                    + "component_emotional, component_functional, component_accessible, expected_score, evidence, "
                    + "origin, fail_point, wait_point, wait_duration, image_hash, path_id, changed_by, changed_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values.toArray());
            insertExpectations(t);
            insertLinks(t);
            insertPainPoints(t);
            opportunities.insertLinks(t);
            insertSatisfaction(t);
        }

        @Override public void update(int oldPosition, int position, Touchpoint old, Touchpoint t) throws SQLException {
            // Always written, also when only its lists changed: the row's version and author must move.
            List<Object> values = new ArrayList<>(List.of(position));
            values.addAll(touchpointColumns(t));
            values.addAll(Arrays.asList(stamp.author(), time(stamp.at()), projectId, t.id(), expectedVersion(t.id())));
            images.keep(t.image());
            requireOne(sql.update("UPDATE touchpoint SET position = ?, stage_id = ?, lane_id = ?, order_in_cell = ?, "
                    + "title = ?, description = ?, channel_kind = ?, channel_detail = ?, owner = ?, "
                    + "emotion_score = ?, emotion_label = ?, component_emotional = ?, component_functional = ?, "
                    + "component_accessible = ?, expected_score = ?, evidence = ?, origin = ?, "
                    + "fail_point = ?, wait_point = ?, wait_duration = ?, image_hash = ?, path_id = ?, "
                    + "revision = revision + 1, "
                    + "changed_by = ?, changed_at = ? WHERE project_id = ? AND id = ? AND revision = ?",
                    values.toArray()), Messages.text("storage.changedByOthers.card", t.title()));
            if (!old.expectations().equals(t.expectations())) {
                sql.update("DELETE FROM touchpoint_expectation WHERE project_id = ? AND touchpoint_id = ?",
                        projectId, t.id());
                insertExpectations(t);
            }
            if (!old.links().equals(t.links())) {
                sql.update("DELETE FROM touchpoint_link WHERE project_id = ? AND touchpoint_id = ?", projectId,
                        t.id());
                insertLinks(t);
            }
            if (!old.painPoints().equals(t.painPoints())) {
                sql.update("DELETE FROM touchpoint_pain_point WHERE project_id = ? AND touchpoint_id = ?",
                        projectId, t.id());
                insertPainPoints(t);
            }
            if (OpportunityRows.linksDiffer(old, t)) {
                opportunities.replaceLinks(t);
            }
            // Compared as ordered lists: the order ratings were given in is kept, so it is part of what changed.
            if (!List.copyOf(old.satisfaction().entrySet()).equals(List.copyOf(t.satisfaction().entrySet()))) {
                sql.update("DELETE FROM touchpoint_satisfaction WHERE project_id = ? AND touchpoint_id = ?",
                        projectId, t.id());
                insertSatisfaction(t);
            }
        }

        @Override public void delete(String id) throws SQLException {
            requireOne(sql.update("DELETE FROM touchpoint WHERE project_id = ? AND id = ? AND revision = ?",
                    projectId, id, expectedVersion(id)), Messages.text("storage.changedByOthers.deletedCard"));
        }
    };

    /**
     * Replaces the project's scenario rows: they change seldom (adding, renaming or switching a scenario, or
     * editing while another is kept), and a kept scenario is one JSON value, so there is nothing to save by rows.
     */
    void replaceScenarios(JourneyMap map) throws SQLException {
        sql.update("DELETE FROM scenario WHERE project_id = ?", projectId);
        if (map.scenarios().isSingle()) {
            return;
        }
        List<Scenario> list = map.scenarios().list();
        for (int position = 0; position < list.size(); position++) {
            Scenario s = list.get(position);
            boolean active = s.id().equals(map.scenarios().activeId());
            if (!active) {
                for (Touchpoint t : map.touchpointsOf(s.id())) {
                    images.keep(t.image());
                }
            }
            sql.update("INSERT INTO scenario (project_id, id, position, name, basis_id, active, touchpoints) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", projectId, s.id(), position, s.name(), s.basisId(),
                    active, active ? null : JourneyJson.touchpointsToJson(map.touchpointsOf(s.id())));
        }
    }

    /** The touchpoint's own columns after (project_id, id, position), in table order. */
    private static List<Object> touchpointColumns(Touchpoint t) {
        List<Object> columns = new ArrayList<>();
        columns.add(t.stageId());
        columns.add(t.laneId());
        columns.add(t.order());
        columns.add(t.title());
        columns.add(t.description());
        columns.add(t.channel().kind().name());
        columns.add(t.channel().detail());
        columns.add(t.owner());
        columns.add(t.emotion().score());
        columns.add(t.emotion().label());
        columns.add(t.components().contains(ExperienceComponent.EMOTIONAL));
        columns.add(t.components().contains(ExperienceComponent.FUNCTIONAL));
        columns.add(t.components().contains(ExperienceComponent.ACCESSIBLE));
        columns.add(t.expectedScore());
        columns.add(t.evidence().name());
        columns.add(t.origin());
        columns.add(t.failPoint());
        columns.add(t.waitPoint());
        columns.add(t.waitDuration());
        columns.add(t.image() == null ? null : t.image().hash());
        columns.add(t.pathId());
        return columns;
    }

    private void insertPersonaItems(Persona p) throws SQLException {
        insertPersonaItems(p, "GOAL", p.goals());
        insertPersonaItems(p, "NEED", p.needs());
        insertPersonaItems(p, "FRUSTRATION", p.frustrations());
    }

    private void insertPersonaItems(Persona p, String kind, List<String> items) throws SQLException {
        for (int i = 0; i < items.size(); i++) {
            sql.update("INSERT INTO persona_item (project_id, persona_id, kind, position, body) VALUES (?, ?, ?, ?, ?)",
                    projectId, p.id(), kind, i, items.get(i));
        }
    }

    private void insertPaths(Stage s) throws SQLException {
        for (int i = 0; i < s.paths().size(); i++) {
            sql.update("INSERT INTO stage_path (project_id, stage_id, position, id, name) VALUES (?, ?, ?, ?, ?)",
                    projectId, s.id(), i, s.paths().get(i).id(), s.paths().get(i).name());
        }
    }

    private void insertExpectations(Touchpoint t) throws SQLException {
        List<String> expectations = t.expectations();
        for (int i = 0; i < expectations.size(); i++) {
            sql.update("INSERT INTO touchpoint_expectation (project_id, touchpoint_id, position, body) "
                    + "VALUES (?, ?, ?, ?)", projectId, t.id(), i, expectations.get(i));
        }
    }

    private void insertLinks(Touchpoint t) throws SQLException {
        List<TouchpointLink> links = t.links();
        for (int i = 0; i < links.size(); i++) {
            sql.update("INSERT INTO touchpoint_link (project_id, touchpoint_id, position, target_id, kind) "
                    + "VALUES (?, ?, ?, ?, ?)", projectId, t.id(), i, links.get(i).targetId(), links.get(i).kind().name());
        }
    }

    private void insertPainPoints(Touchpoint t) throws SQLException {
        List<PainPoint> painPoints = t.painPoints();
        for (int i = 0; i < painPoints.size(); i++) {
            PainPoint p = painPoints.get(i);
            sql.update("INSERT INTO touchpoint_pain_point (project_id, touchpoint_id, position, body, severity, "
                    + "evidence, shared_id) VALUES (?, ?, ?, ?, ?, ?, ?)", projectId, t.id(), i, p.text(), p.severity(),
                    p.evidence().name(), p.sharedId());
        }
    }

    private void insertSatisfaction(Touchpoint t) throws SQLException {
        int position = 0;
        for (Map.Entry<String, Double> rating : t.satisfaction().entrySet()) {
            sql.update("INSERT INTO touchpoint_satisfaction (project_id, touchpoint_id, segment_id, position, rating) "
                    + "VALUES (?, ?, ?, ?, ?)", projectId, t.id(), rating.getKey(), position++, rating.getValue());
        }
    }


    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
