/**
 * The command layer: every change the canvas, inspector or an import makes to a journey map is a
 * {@link org.journeystudio.edit.MapCommand} executed on the open {@link org.journeystudio.edit.Document}, which
 * keeps the bounded undo/redo history and tells listeners (canvas refresh, library save) after each change.
 *
 * <p>Why commands are pure functions and undo restores snapshots, unlike Scene Builder's jobs, which undo
 * themselves: our maps are immutable records, so the map before a command is already a complete, cheap
 * record of what to go back to (the unchanged parts are shared). Undo is then exact by construction, also for
 * edits with many side effects (deleting a stage with its cards, a segment with its ratings), and each command
 * only has to describe the forward change. The costs: a step holds a map's lists rather than a small inverse
 * (a few kilobytes per step for a 1,000-card map), and the history must only ever move along its own maps,
 * which {@code Document} guarantees by being the only writer.
 *
 * <p>The atomic commands are in {@code edit.command}; copy and paste of cards in {@code edit.clipboard}.
 */
package org.journeystudio.edit;
