package org.journeystudio.store;

import java.sql.SQLException;

/** Writes the rows of one kind of map element (stage, lane, touchpoint…) for one project. */
interface ElementRows<T> {
    void insert(int position, T element) throws SQLException;

    /** Called only when the element moved in its list or changed; {@code old} is what the library held. */
    void update(int oldPosition, int position, T old, T element) throws SQLException;

    void delete(String id) throws SQLException;
}
