package org.journeystudio.store.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.PainPoint;

/**
 * One cell's text as a touchpoint's field: lists one entry per line, emotions as numbers or words, pain points
 * with "(severity N)", ratings, channels. What cannot be read is an {@link IllegalArgumentException} whose message
 * the reader puts after file:line:column.
 */
final class SheetCells {
    /** The severity a pain point written without one gets: the middle of 1–3. */
    static final int DEFAULT_SEVERITY = 2;
    /** Widest any rating scale goes (0–10); the map's scale is chosen from the values afterwards. */
    static final double LOWEST_RATING = 0;
    static final double HIGHEST_RATING = 10;
    private static final Pattern SEVERITY = Pattern.compile("(?is)(.*?)\\s*\\(severity\\s*(\\d+)\\)");
    private static final Map<String, Integer> EMOTION_WORDS = Map.ofEntries(
            Map.entry("frustrated", -2), Map.entry("very unhappy", -2), Map.entry("angry", -2),
            Map.entry("very negative", -2), Map.entry("very bad", -2), Map.entry("furious", -2),
            Map.entry("unhappy", -1), Map.entry("negative", -1), Map.entry("sad", -1), Map.entry("annoyed", -1),
            Map.entry("bad", -1), Map.entry("dissatisfied", -1), Map.entry("confused", -1), Map.entry("worried", -1),
            Map.entry("neutral", 0), Map.entry("ok", 0), Map.entry("okay", 0), Map.entry("indifferent", 0),
            Map.entry("mixed", 0), Map.entry("happy", 1), Map.entry("positive", 1), Map.entry("pleased", 1),
            Map.entry("satisfied", 1), Map.entry("good", 1), Map.entry("delighted", 2), Map.entry("very happy", 2),
            Map.entry("very positive", 2), Map.entry("excited", 2), Map.entry("great", 2), Map.entry("thrilled", 2));
    private static final Map<String, ChannelKind> CHANNEL_WORDS = Map.ofEntries(
            Map.entry("website", ChannelKind.WEB), Map.entry("online", ChannelKind.WEB),
            Map.entry("internet", ChannelKind.WEB), Map.entry("app", ChannelKind.MOBILE_APP),
            Map.entry("mobile", ChannelKind.MOBILE_APP), Map.entry("shop", ChannelKind.STORE),
            Map.entry("in store", ChannelKind.STORE), Map.entry("branch", ChannelKind.STORE),
            Map.entry("telephone", ChannelKind.PHONE), Map.entry("call centre", ChannelKind.PHONE),
            Map.entry("call center", ChannelKind.PHONE), Map.entry("hotline", ChannelKind.PHONE),
            Map.entry("e mail", ChannelKind.EMAIL), Map.entry("mail", ChannelKind.EMAIL),
            Map.entry("social media", ChannelKind.SOCIAL), Map.entry("live chat", ChannelKind.CHAT),
            Map.entry("chatbot", ChannelKind.CHAT), Map.entry("courier", ChannelKind.DELIVERY));

    private SheetCells() {
    }

    /**
     * The cell without the apostrophe a spreadsheet export puts before text that would read as a formula
     * (render.TouchpointCsv writes it before =, +, -, @, a tab, a carriage return and an apostrophe).
     */
    static String unguarded(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r'".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** One entry per line, blank lines left out. */
    static List<String> lines(String cell) {
        return Arrays.stream(cell.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<PainPoint> painPoints(String cell) {
        List<PainPoint> pains = new ArrayList<>();
        for (String line : lines(cell)) {
            Matcher matcher = SEVERITY.matcher(line);
            if (!matcher.matches()) {
                pains.add(new PainPoint(line, DEFAULT_SEVERITY));
                continue;
            }
            int severity = matcher.group(2).length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(matcher.group(2));
            if (severity < PainPoint.MIN_SEVERITY || severity > PainPoint.MAX_SEVERITY) {
                throw new IllegalArgumentException(Messages.text("imports.sheet.severity", line, matcher.group(2)));
            }
            pains.add(new PainPoint(matcher.group(1), severity));
        }
        return pains;
    }

    /**
     * The emotion of a cell holding a whole number from −2 to 2 or a word such as "happy" or "frustrated"
     * (empty: neutral), with the label cell's text; a label that is the usual word for the score is left out, so
     * it follows the score, and a word other than the usual one becomes the label when there is none.
     */
    static Emotion emotion(String cell, String labelCell) {
        String text = cell.strip();
        String label = labelCell.strip();
        int score = 0;
        Integer word = EMOTION_WORDS.get(SheetField.normalised(text));
        if (word != null) {
            score = word;
            if (label.isEmpty() && !Emotion.defaultLabel(score).equalsIgnoreCase(text)) {
                label = text;
            }
        } else if (!text.isEmpty()) {
            double number = number(text, "imports.sheet.notEmotion");
            if (number != Math.rint(number) || number < Emotion.MIN || number > Emotion.MAX) {
                throw new IllegalArgumentException(Messages.text("imports.sheet.emotionNotWhole", text));
            }
            score = (int) number;
        }
        return new Emotion(score, label.equals(Emotion.defaultLabel(score)) ? "" : label);
    }

    /** A rating from 0 to 10, or null for an empty cell. A decimal comma is read as a point. */
    static Double rating(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        double value = number(text, "imports.sheet.notRating");
        if (value < LOWEST_RATING || value > HIGHEST_RATING) {
            throw new IllegalArgumentException(Messages.text("imports.sheet.ratingOutside", text));
        }
        return value;
    }

    static Evidence evidence(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return Evidence.ASSUMED;
        }
        for (Evidence evidence : Evidence.values()) {
            if (evidence.name().equalsIgnoreCase(text)) {
                return evidence;
            }
        }
        throw new IllegalArgumentException(Messages.text("imports.sheet.evidence", text));
    }

    /** The channel a word names ("Web", "Website", "call centre"), keeping any other wording as its detail. */
    static Channel channel(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return Channel.OTHER;
        }
        String key = SheetField.normalised(text);
        ChannelKind kind = CHANNEL_WORDS.getOrDefault(key, ChannelKind.OTHER);
        for (ChannelKind candidate : ChannelKind.values()) {
            if (SheetField.normalised(candidate.displayName()).equals(key)) {
                kind = candidate;
            }
        }
        return new Channel(kind, text.equals(kind.displayName()) ? "" : text);
    }

    /** {@code key} names the sentence that says what {@code text} should have been. */
    private static double number(String text, String key) {
        String plain = text.replace(',', '.');
        try {
            double value = Double.parseDouble(plain);
            if (Double.isFinite(value) && plain.matches("[+-]?[0-9.]+([eE][+-]?[0-9]+)?")) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below, with what was expected
        }
        throw new IllegalArgumentException(Messages.text(key, text));
    }
}
