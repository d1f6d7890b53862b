package org.journeystudio.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Touchpoint;

/**
 * The SQL that writes a project's opportunities (schema 11) and the links of its touchpoints and their pain
 * points to them; every UPDATE raises the row's revision.
 */
final class OpportunityRows implements ElementRows<Opportunity> {
    private final Statements sql;
    private final String projectId;

    OpportunityRows(Statements sql, String projectId) {
        this.sql = sql;
        this.projectId = projectId;
    }

    @Override
    public void insert(int position, Opportunity o) throws SQLException {
        sql.update("INSERT INTO opportunity (position, title, description, owner, status, due_date, effort, "
                + "customer_value, business_value, kpi_name, kpi_baseline, kpi_target, evidence, shared_id, "
                + "project_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", columns(position, o));
    }

    @Override
    public void update(int oldPosition, int position, Opportunity old, Opportunity o) throws SQLException {
        sql.update("UPDATE opportunity SET position = ?, title = ?, description = ?, owner = ?, status = ?, "
                + "due_date = ?, effort = ?, customer_value = ?, business_value = ?, kpi_name = ?, kpi_baseline = ?, "
                + "kpi_target = ?, evidence = ?, shared_id = ?, revision = revision + 1 "
                + "WHERE project_id = ? AND id = ?",
                columns(position, o));
    }

    @Override
    public void delete(String id) throws SQLException {
        sql.update("DELETE FROM opportunity WHERE project_id = ? AND id = ?", projectId, id);
    }

    private Object[] columns(int position, Opportunity o) {
        return Arrays.asList(position, o.title(), o.description(), o.owner(), o.status().name(), o.due(), o.effort(),
                o.customerValue(), o.businessValue(), o.kpi().name(), o.kpi().baseline(), o.kpi().target(),
                o.evidence().name(), o.sharedId(), projectId, o.id()).toArray();
    }

    /**
     * Those of {@code loaded} that have a row: a loaded map also holds the opportunities that the notes of a
     * scenario kept before schema 11 became, which get their rows on the first save after.
     */
    List<Opportunity> inTable(List<Opportunity> loaded) throws SQLException {
        if (loaded.isEmpty()) {
            return loaded;
        }
        Set<String> ids = new HashSet<>();
        PreparedStatement statement = sql.prepare("SELECT id FROM opportunity WHERE project_id = ?");
        statement.setString(1, projectId);
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                ids.add(row.getString(1));
            }
        }
        return loaded.stream().filter(o -> ids.contains(o.id())).toList();
    }

    /** Whether the touchpoint's links differ between the two: its own or its pain points'. */
    static boolean linksDiffer(Touchpoint old, Touchpoint now) {
        return !old.opportunityIds().equals(now.opportunityIds())
                || !old.painPoints().stream().map(PainPoint::opportunityIds).toList()
                        .equals(now.painPoints().stream().map(PainPoint::opportunityIds).toList());
    }

    void replaceLinks(Touchpoint t) throws SQLException {
        sql.update("DELETE FROM touchpoint_opportunity WHERE project_id = ? AND touchpoint_id = ?", projectId, t.id());
        insertLinks(t);
    }

    /** The touchpoint's own links first, then each pain point's, numbered in that order. */
    void insertLinks(Touchpoint t) throws SQLException {
        int position = 0;
        for (String id : t.opportunityIds()) {
            insertLink(t, position++, id, null);
        }
        List<PainPoint> painPoints = t.painPoints();
        for (int pain = 0; pain < painPoints.size(); pain++) {
            for (String id : painPoints.get(pain).opportunityIds()) {
                insertLink(t, position++, id, pain);
            }
        }
    }

    private void insertLink(Touchpoint t, int position, String opportunityId, Integer painPosition)
            throws SQLException {
        sql.update("INSERT INTO touchpoint_opportunity (project_id, touchpoint_id, position, opportunity_id, "
                + "pain_position) VALUES (?, ?, ?, ?, ?)", projectId, t.id(), position, opportunityId, painPosition);
    }
}
