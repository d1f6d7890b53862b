package org.journeystudio.ui.survey;

/** The style classes the survey wizard sets from code; the rest are in its FXML, the rules in survey.css. */
final class SurveyStyles {
    static final String VARIANT_SPELLINGS = "variant-spellings";

    private SurveyStyles() {
    }
}
