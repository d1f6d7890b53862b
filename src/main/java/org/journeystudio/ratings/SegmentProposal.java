package org.journeystudio.ratings;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.journeystudio.survey.SegmentLabels;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.SurveyRow;

/**
 * Picks the column that looks most like a grouping of the respondents, to offer as the segment column: a few
 * different answers ({@value #MIN_LABELS} to {@value #MAX_LABELS}), filled in on most rows, and a header that
 * sounds like a segment ("Customer type", "Which plan are you on?", "Region"). Names, e-mails, dates and comments
 * are held back; a demographic such as gender or age is only a fallback. Scores are points, highest wins; ties go
 * to the column further left.
 */
public final class SegmentProposal {
    static final int MIN_LABELS = 2;
    static final int MAX_LABELS = 12;
    private static final Pattern SEGMENT_WORDS = Pattern.compile("\\b(segments?|groups?|personas?|customer types?|"
            + "type of (customer|traveller|traveler|user|member|client)|plans?|tiers?|regions?|channels?|countr(y|ies)|"
            + "cit(y|ies)|ville|stores?|shops?|branch(es)?|offices?|teams?|departments?|devices?|lines?|tickets?|"
            + "membership|subscription|markets?|locations?|sites?|cohorts?|roles?|products?|classe?s?|levels?)\\b");
    private static final Pattern DEMOGRAPHIC_WORDS = Pattern.compile("\\b(gender|sex|age|genre|geschlecht)\\b");
    private static final Pattern NOT_A_GROUPING = Pattern.compile("\\b(e-?mail|name|first name|last name|date|time|"
            + "timestamp|ip|id|comments?|why|explain|describe|suggestions?|anything else|feedback|other|latitude|"
            + "longitude|language|recipient|reference|distribution|utm_\\w+)\\b");
    private static final Pattern GROUPING_QUESTION = Pattern.compile("^(which|what kind of|what type of)\\b");

    private SegmentProposal() {
    }

    /**
     * The best-scoring column among {@code candidates}, or null when every one has more than
     * {@value SurveyImportDraft#SEGMENT_CANDIDATE_MAX_LABELS} different answers (free text).
     */
    public static SurveyColumn propose(List<SurveyColumn> candidates, List<SurveyRow> sample) {
        SurveyColumn best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (SurveyColumn column : candidates) {
            int labels = labels(column, sample);
            if (labels > SurveyImportDraft.SEGMENT_CANDIDATE_MAX_LABELS) {
                continue;
            }
            double score = score(column, labels, filled(column, sample));
            if (score > bestScore) {
                best = column;
                bestScore = score;
            }
        }
        return best;
    }

    /** How much {@code column} looks like a grouping, given its number of labels and the share of rows filled. */
    static double score(SurveyColumn column, int labels, double filled) {
        String header = (column.name() + " " + column.shortName()).toLowerCase(Locale.ROOT);
        double score = 3 * filled;
        if (labels < MIN_LABELS) {
            score -= 10; // one answer for everyone groups no one: only when nothing else will do
        } else if (labels <= MAX_LABELS) {
            score += 2;
        }
        if (SEGMENT_WORDS.matcher(header).find()) {
            score += 4;
        } else if (DEMOGRAPHIC_WORDS.matcher(header).find()) {
            score += 1;
        }
        if (GROUPING_QUESTION.matcher(column.name().trim().toLowerCase(Locale.ROOT)).find()) {
            score += 1;
        }
        if (NOT_A_GROUPING.matcher(header).find()) {
            score -= 4;
        }
        return score;
    }

    /** The number of different non-empty answers, spellings that differ in case or spaces counted once. */
    static int labels(SurveyColumn column, List<SurveyRow> sample) {
        Set<String> keys = new HashSet<>();
        for (SurveyRow row : sample) {
            String key = value(column, row);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys.size();
    }

    private static double filled(SurveyColumn column, List<SurveyRow> sample) {
        if (sample.isEmpty()) {
            return 0;
        }
        return sample.stream().filter(r -> !value(column, r).isEmpty()).count() / (double) sample.size();
    }

    private static String value(SurveyColumn column, SurveyRow row) {
        return column.index() < row.values().size() ? SegmentLabels.key(row.values().get(column.index())) : "";
    }
}
