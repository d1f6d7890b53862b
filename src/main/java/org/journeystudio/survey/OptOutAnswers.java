package org.journeystudio.survey;

import java.util.List;
import java.util.Set;

/**
 * The answers that opt out of a rating ("N/A", "Don't know", "Prefer not to say", "No basis for evaluation"):
 * not applicable by default, whatever the scale. Compared by {@link AnswerText#key}.
 */
public final class OptOutAnswers {
    private static final Set<String> EXACT = Set.of("na", "n a", "dk", "dk na", "dont know",
            "do not know", "i dont know", "i do not know", "dont know na", "not applicable", "not relevant",
            "does not apply", "doesnt apply", "prefer not to say", "prefer not to answer", "rather not say",
            "id rather not say", "declined", "refused", "no basis for evaluation", "no basis to evaluate",
            "no basis to judge", "cannot say", "cant say", "cannot answer", "cant answer", "not sure", "unsure",
            "no answer", "not answered", "no opinion", "did not use", "didnt use", "not used", "have not used",
            "havent used", "never used", "not observed", "unable to judge", "unable to rate", "skip", "skipped");
    private static final List<String> STARTS = List.of("not applicable", "dont know", "i dont know",
            "do not know", "prefer not", "no basis", "does not apply", "n a ", "na ", "not sure", "unable to");

    /** Markers exports write where a question was never shown; they count as no answer at all. */
    private static final Set<String> NOT_SHOWN = Set.of("question not shown", "not shown", "not displayed",
            "seen but unanswered");

    private OptOutAnswers() {
    }

    /** True when the answer (as a {@link AnswerText#key}) says the question was not shown, like LimeSurvey's. */
    public static boolean isNotShown(String key) {
        return NOT_SHOWN.contains(key);
    }

    /** True when the answer (as a {@link AnswerText#key}) opts out. */
    public static boolean isOptOut(String key) {
        if (EXACT.contains(key)) {
            return true;
        }
        for (String start : STARTS) {
            if (key.startsWith(start)) {
                return true;
            }
        }
        return false;
    }
}
