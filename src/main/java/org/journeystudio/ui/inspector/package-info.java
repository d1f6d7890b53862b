/**
 * The inspector beside the canvas ({@link org.journeystudio.ui.inspector.InspectorPanel}): it edits what the
 * {@link org.journeystudio.ui.editor.Selection} names, one card, several cards, a stage, or with nothing selected
 * the map's own settings, segments and personas.
 *
 * <p>How it edits, and why:
 * <ul>
 *   <li>Every change is a command from {@code edit.command} run on the session; the inspector never builds a map
 *       itself, so undo, saving and the canvas see its edits like any other.</li>
 *   <li>Text applies on Enter and when focus leaves the field ({@code CommittedText}), not on every key: an
 *       undo step then holds words, not letters, and half-typed values (an expected score of "4." on the way to
 *       "4.5") are never checked. Applying twice in one field merges into one step; leaving the field closes it.</li>
 *   <li>Clicks and choices (a face, a severity, add, remove, move) are always their own step.</li>
 *   <li>Several cards: one command for all of them (a composite when each card keeps something of its own, such
 *       as its emotion label), so one undo takes the whole edit back.</li>
 *   <li>After every change of the map the shown panel refreshes in place; a field's text is replaced only when
 *       the map's value of it changed, so the caret of someone typing stays where it is.</li>
 *   <li>Bad input (a score off the scale, an empty map title) is explained under the field and runs nothing.</li>
 * </ul>
 */
package org.journeystudio.ui.inspector;
