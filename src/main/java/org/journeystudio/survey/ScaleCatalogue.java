package org.journeystudio.survey;

import java.util.Collection;
import java.util.List;

/**
 * The ordered text scales survey tools offer, in English, with their usual spellings: agreement, satisfaction,
 * frequency, likelihood, quality, importance, ease, expectation. A column's answers are read on the first form
 * (most common first) that holds every one of them; answers are compared by {@link AnswerText#key}.
 */
public final class ScaleCatalogue {
    private static final String NEUTRAL_AGREE = "Neither agree nor disagree|neither disagree nor agree|neutral|neither"
            + "|undecided|neither agree or disagree";
    private static final String NEUTRAL_SATISFIED = "Neither satisfied nor dissatisfied|neither dissatisfied nor "
            + "satisfied|neutral|neither";
    private static final String NEUTRAL_LIKELY = "Neither likely nor unlikely|neither unlikely nor likely|neutral"
            + "|neither|not sure either way";
    private static final String NEUTRAL_EASY = "Neither easy nor difficult|neither difficult nor easy|neutral|neither";

    /** Most common forms first: five points, then seven, then the rest. */
    static final List<ScaleForm> FORMS = List.of(
            ScaleForm.of("Agreement", "Strongly disagree|completely disagree|totally disagree",
                    "Disagree|somewhat disagree|mostly disagree", NEUTRAL_AGREE,
                    "Agree|somewhat agree|mostly agree", "Strongly agree|completely agree|totally agree"),
            ScaleForm.of("Satisfaction", "Very dissatisfied|extremely dissatisfied|very unsatisfied",
                    "Dissatisfied|somewhat dissatisfied|unsatisfied", NEUTRAL_SATISFIED,
                    "Satisfied|somewhat satisfied", "Very satisfied|extremely satisfied|completely satisfied"),
            ScaleForm.of("Frequency", "Never", "Rarely|seldom|almost never",
                    "Sometimes|occasionally", "Often|frequently|usually|very often|most of the time",
                    "Always|almost always|every time"),
            ScaleForm.of("Likelihood", "Very unlikely|extremely unlikely|not at all likely|highly unlikely",
                    "Unlikely|somewhat unlikely", NEUTRAL_LIKELY, "Likely|somewhat likely",
                    "Very likely|extremely likely|highly likely"),
            ScaleForm.of("Likelihood", "Not at all likely", "Slightly likely", "Moderately likely", "Very likely",
                    "Extremely likely"),
            ScaleForm.of("Quality", "Very poor|terrible|very bad|awful", "Poor|bad", "Fair|average|ok|okay"
                    + "|acceptable|neutral", "Good", "Excellent|very good|outstanding"),
            ScaleForm.of("Quality", "Poor", "Fair", "Good", "Very good", "Excellent"),
            ScaleForm.of("Importance", "Not at all important|not important at all|very unimportant",
                    "Slightly important|of little importance|unimportant|low importance",
                    "Moderately important|somewhat important|neutral|neither important nor unimportant",
                    "Very important|important", "Extremely important|critical|essential"),
            ScaleForm.of("Ease", "Very difficult|extremely difficult|very hard", "Difficult|somewhat difficult|hard",
                    NEUTRAL_EASY, "Easy|somewhat easy", "Very easy|extremely easy"),
            ScaleForm.of("Expectation", "Much worse than expected|far below expectations|much worse",
                    "Worse than expected|below expectations|did not meet expectations|worse",
                    "As expected|met expectations|about as expected|same as expected",
                    "Better than expected|above expectations|exceeded expectations|better",
                    "Much better than expected|far above expectations|far exceeded expectations|much better"),
            ScaleForm.of("Agreement", "Strongly disagree|completely disagree", "Disagree|mostly disagree",
                    "Somewhat disagree|slightly disagree", NEUTRAL_AGREE, "Somewhat agree|slightly agree",
                    "Agree|mostly agree", "Strongly agree|completely agree"),
            ScaleForm.of("Satisfaction", "Extremely dissatisfied", "Moderately dissatisfied",
                    "Slightly dissatisfied", NEUTRAL_SATISFIED, "Slightly satisfied", "Moderately satisfied",
                    "Extremely satisfied"),
            ScaleForm.of("Satisfaction", "Very dissatisfied|extremely dissatisfied", "Dissatisfied",
                    "Somewhat dissatisfied|slightly dissatisfied", NEUTRAL_SATISFIED,
                    "Somewhat satisfied|slightly satisfied", "Satisfied", "Very satisfied|extremely satisfied"),
            ScaleForm.of("Likelihood", "Extremely unlikely|very unlikely", "Moderately unlikely|unlikely",
                    "Slightly unlikely|somewhat unlikely", NEUTRAL_LIKELY, "Slightly likely|somewhat likely",
                    "Moderately likely|likely", "Extremely likely|very likely"),
            ScaleForm.of("Ease", "Extremely difficult", "Very difficult", "Somewhat difficult|difficult",
                    NEUTRAL_EASY, "Somewhat easy|easy", "Very easy", "Extremely easy"),
            ScaleForm.of("Frequency", "Never", "Rarely|seldom|almost never", "Sometimes|occasionally",
                    "Often|frequently|usually", "Very often|almost always|most of the time", "Always|every time"),
            ScaleForm.of("Frequency", "Never", "Rarely|seldom", "Occasionally", "Sometimes", "Frequently",
                    "Usually", "Every time|always"),
            ScaleForm.of("Agreement", "Strongly disagree", "Disagree", "Agree", "Strongly agree"),
            ScaleForm.of("Satisfaction", "Very dissatisfied", "Dissatisfied", "Satisfied", "Very satisfied"),
            ScaleForm.of("Frequency", "Never", "Sometimes|occasionally|rarely", "Often|usually", "Always"),
            ScaleForm.of("Importance", "Not important|not at all important", "Somewhat important|slightly important",
                    "Important|moderately important", "Very important|extremely important"),
            ScaleForm.of("Quality", "Poor", "Fair", "Good", "Excellent"),
            ScaleForm.of("Agreement", "Disagree", NEUTRAL_AGREE, "Agree"),
            ScaleForm.of("Satisfaction", "Dissatisfied|unsatisfied", NEUTRAL_SATISFIED, "Satisfied"),
            ScaleForm.of("Quality", "Poor|bad", "Average|fair|ok|okay", "Good"),
            ScaleForm.of("Expectation", "Worse than expected|below expectations|did not meet expectations",
                    "As expected|met expectations", "Better than expected|above expectations|exceeded expectations"),
            ScaleForm.of("Importance", "Not important", "Somewhat important", "Very important"));

    private ScaleCatalogue() {
    }

    /**
     * The first form that holds every key on a point of its own, or null when no catalogue scale orders them.
     * Two answers on one point mean the form is too coarse: "Often" and "Very often" both seen is not the
     * five-point frequency scale, where they would be one point, but the six-point one.
     */
    public static ScaleForm formFor(Collection<String> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        for (ScaleForm form : FORMS) {
            if (form.holdsAll(keys) && keys.stream().map(form::point).distinct().count() == keys.size()) {
                return form;
            }
        }
        return null;
    }
}
