package org.journeystudio.survey;

/** A survey file that cannot be read or used as asked; the message says what is wrong and where (file:line). */
public class SurveyException extends RuntimeException {
    public SurveyException(String message) {
        super(message);
    }

    public SurveyException(String message, Throwable cause) {
        super(message, cause);
    }
}
