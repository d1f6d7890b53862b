/**
 * The atomic edits of a map: stages, lanes, cards (add, delete, duplicate, move, set a field), map settings,
 * segments and personas. Each is a record holding ids and values, made by a static factory that reads the
 * current map to word its description; {@code apply} checks again that what it edits is there.
 *
 * <p>Card orders are dense: after any edit, the cards of every cell it touched have the orders 0, 1, 2…
 */
package org.journeystudio.edit.command;
