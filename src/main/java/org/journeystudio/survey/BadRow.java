package org.journeystudio.survey;

/**
 * A record that could not be used, with where it is and why.
 *
 * @param line   the physical line (from 1) the record starts on
 * @param reason what is wrong with it
 */
public record BadRow(long line, String reason) {
}
