/**
 * Comparing two states of a journey map (two scenarios, two versions, a project and a file): which touchpoints
 * were added, removed or changed and how, how the emotion curve moved per stage, and how satisfaction moved per
 * touchpoint and segment. Pure Java over the model, so the editor, the compare view, the exporters and the
 * command line share one answer.
 */
package org.journeystudio.compare;
