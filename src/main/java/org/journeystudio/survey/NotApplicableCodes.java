package org.journeystudio.survey;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeystudio.model.AnswerScale;

/**
 * The answers that mean "not applicable" and are left out of every statistic. An empty answer always is, and so
 * is every opt-out answer ({@link OptOutAnswers}: "N/A", "Don't know", "Prefer not to say" …). By default 0 is
 * too on a numeric scale that starts at 1, where it is not a point; the user may name codes of their own
 * ("99", "-", "No experience"), which then replace that default. Texts are compared by {@link AnswerText#key};
 * numeric codes by value ("99" matches "99.0").
 */
public final class NotApplicableCodes {
    private final Set<String> texts;
    private final Set<Double> numbers;
    private final boolean zeroBelowOne;

    private NotApplicableCodes(Set<String> texts, Set<Double> numbers, boolean zeroBelowOne) {
        this.texts = texts;
        this.numbers = numbers;
        this.zeroBelowOne = zeroBelowOne;
    }

    public static NotApplicableCodes defaults() {
        return new NotApplicableCodes(Set.of(), Set.of(), true);
    }

    /**
     * Codes given by the user, separated by {@code |} when any is, else by commas ("N/A,99,-" or
     * "I don't know, really|99"). They add to the opt-out answers and replace the default 0.
     */
    public static NotApplicableCodes parse(String list) {
        String separator = list.contains("|") ? "\\|" : ",";
        List<String> codes = Arrays.stream(list.split(separator)).map(String::trim).filter(c -> !c.isEmpty()).toList();
        Set<Double> numbers = codes.stream().map(LabelledNumber::parse).filter(n -> n != null && !n.isLabelled())
                .map(LabelledNumber::value).collect(Collectors.toUnmodifiableSet());
        Set<String> texts = codes.stream().filter(c -> LabelledNumber.parse(c) == null).map(AnswerText::key)
                .collect(Collectors.toUnmodifiableSet());
        return new NotApplicableCodes(texts, numbers, false);
    }

    /** These codes and the given answers too (compared by {@link AnswerText#key}); numbers and 0 stay as they are. */
    public NotApplicableCodes withAnswers(Collection<String> answers) {
        Set<String> more = new HashSet<>(texts);
        answers.forEach(a -> more.add(AnswerText.key(a)));
        return new NotApplicableCodes(Set.copyOf(more), numbers, zeroBelowOne);
    }

    /** True when an answer's {@link AnswerText#key} is blank, an opt-out or one of the user's codes. */
    public boolean matchesText(String key) {
        return key.isEmpty() || texts.contains(key) || OptOutAnswers.isOptOut(key);
    }

    /** True when the number is a not-applicable code on this scale. */
    public boolean matchesNumber(double value, AnswerScale scale) {
        return numbers.contains(value) || (zeroBelowOne && value == 0 && scale.min() == 1 && !scale.isText());
    }

    @Override
    public String toString() {
        return "not applicable: empty and opt-out answers"
                + (texts.isEmpty() && numbers.isEmpty() ? "" : ", " + texts.stream().sorted().toList()
                + numbers.stream().sorted().map(AnswerScale::format).toList())
                + (zeroBelowOne ? ", and 0 on a scale that starts at 1" : "");
    }
}
