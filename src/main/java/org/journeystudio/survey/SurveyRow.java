package org.journeystudio.survey;

import java.util.List;

/**
 * One answer record of a survey.
 *
 * @param line   the physical line (from 1) the record starts on, for messages
 * @param values the fields as read, untrimmed
 */
public record SurveyRow(long line, List<String> values) {
    public SurveyRow {
        values = List.copyOf(values);
    }
}
