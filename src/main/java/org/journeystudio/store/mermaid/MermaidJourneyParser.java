package org.journeystudio.store.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Limits;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.mermaid.MermaidStatement.AccDescr;
import org.journeystudio.store.mermaid.MermaidStatement.AccTitle;
import org.journeystudio.store.mermaid.MermaidStatement.Section;
import org.journeystudio.store.mermaid.MermaidStatement.Studio;
import org.journeystudio.store.mermaid.MermaidStatement.Task;
import org.journeystudio.store.mermaid.MermaidStatement.Title;

/**
 * Splits a Mermaid journey into statements by the token rules of Mermaid's {@code journey.jison}, line by line,
 * and refuses what Mermaid's parser refuses, at its line and column: a first line other than {@code journey}, a
 * task without its colon or score, a {@code ;}, a score that is not a number.
 */
final class MermaidJourneyParser {
    private static final Pattern TITLE = Pattern.compile("(?i)title\\s");
    private static final Pattern ACC_TITLE = Pattern.compile("(?i)accTitle\\s*:\\s*");
    private static final Pattern ACC_DESCR = Pattern.compile("(?i)accDescr\\s*:\\s*");
    private static final Pattern ACC_DESCR_BLOCK = Pattern.compile("(?i)accDescr\\s*\\{\\s*");
    private static final Pattern SECTION = Pattern.compile("(?i)section\\s");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final double MIN_SCORE = 1;
    private static final double MAX_SCORE = 5;

    private final String source;
    private final List<String> lines;
    private final List<MermaidStatement> statements = new ArrayList<>();
    private final List<String> warnings;
    private String frontMatterTitle;

    private MermaidJourneyParser(String source, List<String> lines, List<String> warnings) {
        this.source = source;
        this.lines = lines;
        this.warnings = warnings;
    }

    /** The statements of a journey, and its title from a front matter block when there is one. */
    record Parsed(List<MermaidStatement> statements, String frontMatterTitle) {
    }

    static Parsed parse(String text, String source, List<String> warnings) throws JourneyFormatException {
        MermaidJourneyParser parser = new MermaidJourneyParser(source, split(text, source), warnings);
        parser.document();
        return new Parsed(parser.statements, parser.frontMatterTitle);
    }

    /** Lines on {@code \n}, a trailing {@code \r} dropped; a line over {@link Limits#MERMAID_LINE} is refused. */
    private static List<String> split(String text, String source) throws JourneyFormatException {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start > Limits.MERMAID_LINE) {
                throw new JourneyFormatException(source, lines.size() + 1, 1, Messages.text(
                        "imports.mermaid.lineTooLong", end - start, Limits.MERMAID_LINE));
            }
            String line = text.substring(start, end);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = end + 1;
        }
        return lines;
    }

    private void document() throws JourneyFormatException {
        int i = frontMatter();
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            String word = commentFree(line, 0, line.length()).strip();
            if (!word.equalsIgnoreCase("journey")) {
                throw problem(i, indent(lines.get(i)), Messages.text("imports.mermaid.notJourney",
                        shortened(line)));
            }
            break;
        }
        if (i >= lines.size()) {
            throw new JourneyFormatException(source, Math.max(1, lines.size()), 1,
                    Messages.text("imports.mermaid.noJourneyLine"));
        }
        for (i++; i < lines.size(); i++) {
            i = statement(i);
        }
    }

    /** Skips a {@code ---} front matter block, keeping its {@code title:}; the index of the first line after it. */
    private int frontMatter() {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---")) {
                return i + 1;
            }
            if (line.startsWith("title:")) {
                frontMatterTitle = line.substring(6).strip().replaceAll("^([\"'])(.*)\\1$", "$2");
            }
        }
        return 0;
    }

    /** Reads the statement on line {@code i}; the index of its last line. */
    private int statement(int i) throws JourneyFormatException {
        String line = lines.get(i);
        int at = indent(line);
        int end = line.length();
        int lineNo = i + 1;
        if (at == end) {
            return i;
        }
        if (line.startsWith("%%", at)) {
            MermaidComments.parse(line, at).ifPresent(c -> statements.add(new Studio(lineNo, c)));
            return i;
        }
        if (line.charAt(at) == '#' && MermaidText.entityEnd(line, at) < 0) {
            return i; // a comment
        }
        String rest = line.substring(at);
        Matcher m;
        if ((m = ACC_TITLE.matcher(rest)).lookingAt()) {
            statements.add(new AccTitle(lineNo, rest.substring(m.end()).strip()));
        } else if ((m = ACC_DESCR.matcher(rest)).lookingAt()) {
            statements.add(new AccDescr(lineNo, rest.substring(m.end()).strip()));
        } else if ((m = ACC_DESCR_BLOCK.matcher(rest)).lookingAt()) {
            return accDescrBlock(i, at + m.end());
        } else if (TITLE.matcher(rest).lookingAt()) {
            int stop = stop(line, at + 6, "#;");
            refuseSemicolon(i, line, stop, "imports.mermaid.semicolon.title");
            statements.add(new Title(lineNo, line.substring(at + 6, stop)));
        } else if (SECTION.matcher(rest).lookingAt()) {
            int stop = stop(line, at + 8, "#:;");
            if (stop < end && line.charAt(stop) == ':') {
                throw problem(i, stop, Messages.text("imports.mermaid.sectionColon"));
            }
            refuseSemicolon(i, line, stop, "imports.mermaid.semicolon.section");
            statements.add(new Section(lineNo, line.substring(at + 8, stop)));
        } else if (rest.regionMatches(true, 0, "journey", 0, 7)) {
            throw problem(i, at, Messages.text("imports.mermaid.journeyOnlyFirst"));
        } else {
            task(i, line, at);
        }
        return i;
    }

    private int accDescrBlock(int i, int from) throws JourneyFormatException {
        StringBuilder text = new StringBuilder();
        for (int j = i; j < lines.size(); j++) {
            String line = lines.get(j);
            int close = line.indexOf('}', j == i ? from : 0);
            text.append(line, j == i ? Math.min(from, line.length()) : 0, close < 0 ? line.length() : close);
            if (close >= 0) {
                statements.add(new AccDescr(i + 1, text.toString().strip().replace("\n", "#10;")));
                return j;
            }
            text.append('\n');
        }
        throw problem(i, from, Messages.text("imports.mermaid.accDescrOpen", "{", "}"));
    }

    private void task(int i, String line, int at) throws JourneyFormatException {
        int nameEnd = stop(line, at, "#:;");
        if (nameEnd == at) {
            throw problem(i, at, Messages.text("imports.mermaid.taskNoName"));
        }
        if (nameEnd == line.length() || line.charAt(nameEnd) != ':') {
            if (nameEnd < line.length() && line.charAt(nameEnd) == ';') {
                throw problem(i, nameEnd, Messages.text("imports.mermaid.semicolon.taskName"));
            }
            String what = line.substring(at, nameEnd).strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            throw problem(i, at, what.matches("[a-z]+")
                    ? Messages.text("imports.mermaid.noColonWord", what) : Messages.text("imports.mermaid.noColon"));
        }
        int dataEnd = stop(line, nameEnd + 1, "#;");
        refuseSemicolon(i, line, dataEnd, "imports.mermaid.semicolon.task");
        String data = line.substring(nameEnd + 1, dataEnd);
        // As Mermaid's journeyDb: the score before the second ':', the actors after it, the rest ignored.
        String[] pieces = data.split(":", -1);
        int scoreColumn = nameEnd + 1 + (pieces[0].length() - pieces[0].stripLeading().length());
        String scoreText = pieces[0].strip();
        if (scoreText.isEmpty()) {
            throw problem(i, nameEnd + 1, Messages.text("imports.mermaid.noScore"));
        }
        if (!NUMBER.matcher(scoreText).matches()) {
            throw problem(i, scoreColumn, Messages.text("imports.mermaid.scoreNotNumber",
                    shortened(scoreText)));
        }
        double score = Double.parseDouble(scoreText);
        if (score < MIN_SCORE || score > MAX_SCORE) {
            double clamped = Math.max(MIN_SCORE, Math.min(MAX_SCORE, score));
            warnings.add(Messages.text("imports.mermaid.scoreOutside", source, i + 1, scoreColumn + 1, scoreText,
                    (int) clamped));
            score = clamped;
        }
        if (pieces.length > 2) {
            warnings.add(Messages.text("imports.mermaid.textIgnored", source, i + 1));
        }
        List<String> actors = pieces.length < 2 ? List.of() : java.util.Arrays.stream(pieces[1].split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        statements.add(new Task(i + 1, line.substring(at, nameEnd), score, scoreText, scoreColumn + 1, actors));
    }

    /** Where the first of {@code stops} is from {@code from}, a {@code #} of an entity code not counting. */
    private static int stop(String line, int from, String stops) {
        for (int j = Math.min(from, line.length()); j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '#') {
                int entity = MermaidText.entityEnd(line, j);
                if (entity >= 0) {
                    j = entity;
                    continue;
                }
            }
            if (stops.indexOf(c) >= 0) {
                return j;
            }
        }
        return line.length();
    }

    /** {@code key} names the whole sentence for the part ({@code imports.mermaid.semicolon.title} …). */
    private void refuseSemicolon(int i, String line, int stop, String key) throws JourneyFormatException {
        if (stop < line.length() && line.charAt(stop) == ';') {
            throw problem(i, stop, Messages.text(key));
        }
    }

    private static String commentFree(String line, int from, int to) {
        int stop = stop(line, from, "#");
        return line.substring(from, Math.min(stop, to));
    }

    private static int indent(String line) {
        int at = 0;
        while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
        return at;
    }

    private JourneyFormatException problem(int lineIndex, int column, String message) {
        return new JourneyFormatException(source, lineIndex + 1, column + 1, message);
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
