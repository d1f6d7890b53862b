package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an export's header rows into named columns, following each layout's way of splitting questions. Every
 * header row's text names its column: the most readable one is the column's name, the others are aliases.
 */
final class HeaderRows {
    /** LimeSurvey's "question code &amp; question text" headings: {@code G01Q02[SQ001]. How satisfied ...}. */
    private static final Pattern CODE_AND_TEXT = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*(?:\\[[^\\]]*])*)\\.\\s+(.+)$");

    private HeaderRows() {
    }

    /**
     * How many columns the file has: the widest header row, less a last column that is empty in every header
     * row and every sampled answer row (the extra delimiter some exports put at each line's end).
     */
    static int width(List<List<String>> headerRows, List<List<String>> answerRows) {
        int width = headerRows.stream().mapToInt(List::size).max().orElse(0);
        if (width < 2) {
            return Math.max(width, 1);
        }
        int last = width - 1;
        boolean emptyEverywhere = headerRows.stream().allMatch(r -> cell(r, last).isEmpty())
                && answerRows.stream().allMatch(r -> cell(r, last).isEmpty());
        return emptyEverywhere ? last : width;
    }

    static List<SurveyColumn> columns(SurveyLayout layout, List<List<String>> headerRows, int width) {
        List<SurveyColumn> columns = new ArrayList<>(width);
        String question = "";
        for (int i = 0; i < width; i++) {
            String top = cell(headerRows.get(0), i);
            if (!top.isEmpty()) {
                question = top;
            }
            SurveyColumn column = switch (layout) {
                case QUALTRICS -> codesAboveTexts(headerRows, i);
                case LIMESURVEY -> headerRows.size() > 1 ? textsAboveCodes(headerRows, i) : codeAndText(i, top);
                case TYPEFORM -> plain(i, cell(headerRows.get(headerRows.size() - 1), i));
                default -> {
                    if (headerRows.size() == 1) {
                        yield plain(i, top);
                    }
                    boolean spans = layout == SurveyLayout.SURVEYMONKEY || spansColumns(headerRows.get(0), i, width);
                    yield spans ? questionAndOption(headerRows, i, question) : textsAboveCodes(headerRows, i);
                }
            };
            columns.add(column);
        }
        return columns;
    }

    /** True when column {@code index} belongs to a question whose text stands above the first of its columns. */
    private static boolean spansColumns(List<String> top, int index, int width) {
        if (cell(top, index).isEmpty()) {
            return index > 0 && top.subList(0, Math.min(index, top.size())).stream().anyMatch(c -> !c.isBlank());
        }
        return index + 1 < width && cell(top, index + 1).isEmpty();
    }

    private static SurveyColumn plain(int index, String name) {
        return new SurveyColumn(index, name, SurveyColumn.shorten(name), List.of());
    }

    /**
     * SurveyMonkey's layout, and any other whose first row holds a question above the first of its columns only:
     * the question carries right, and the last row names the answer option ({@code Response}: the answer itself).
     */
    private static SurveyColumn questionAndOption(List<List<String>> headerRows, int index, String question) {
        String sub = cell(headerRows.get(headerRows.size() - 1), index);
        Set<String> aliases = new LinkedHashSet<>();
        for (int r = 1; r < headerRows.size() - 1; r++) {
            addAlias(aliases, cell(headerRows.get(r), index));
        }
        boolean single = sub.isEmpty() || HeaderDetection.isSingleAnswerCell(sub);
        if (single || question.isEmpty()) {
            String name = single ? question : sub;
            return new SurveyColumn(index, name, SurveyColumn.shorten(name), List.copyOf(aliases));
        }
        aliases.add(question); // the question alone names all its columns: ambiguous unless it has only one
        return new SurveyColumn(index, question + " [" + sub + "]", sub, List.copyOf(aliases));
    }

    /** Qualtrics: field ids, then question texts, then descriptors whose question id is an alias too. */
    private static SurveyColumn codesAboveTexts(List<List<String>> headerRows, int index) {
        String code = cell(headerRows.get(0), index);
        String text = headerRows.size() > 1 ? cell(headerRows.get(1), index) : "";
        String name = text.isEmpty() ? code : text;
        Set<String> aliases = new LinkedHashSet<>();
        addAlias(aliases, code);
        for (int r = 2; r < headerRows.size(); r++) {
            String descriptor = cell(headerRows.get(r), index);
            String importId = HeaderDetection.importId(descriptor);
            addAlias(aliases, importId != null ? importId : descriptor);
        }
        aliases.remove(name);
        return new SurveyColumn(index, name, SurveyColumn.shorten(name), List.copyOf(aliases));
    }

    /** LimeSurvey's VV export: question texts, then the codes the survey's logic uses. */
    private static SurveyColumn textsAboveCodes(List<List<String>> headerRows, int index) {
        String text = cell(headerRows.get(0), index);
        String code = cell(headerRows.get(headerRows.size() - 1), index);
        String name = text.isEmpty() ? code : text;
        Set<String> aliases = new LinkedHashSet<>();
        for (int r = 1; r < headerRows.size(); r++) {
            addAlias(aliases, cell(headerRows.get(r), index));
        }
        aliases.remove(name);
        return new SurveyColumn(index, name, SurveyColumn.shorten(name), List.copyOf(aliases));
    }

    /** LimeSurvey's CSV export: a heading of code, text, or "code. text" (then both name the column). */
    private static SurveyColumn codeAndText(int index, String heading) {
        Matcher both = CODE_AND_TEXT.matcher(heading);
        if (!both.matches()) {
            return plain(index, heading);
        }
        String text = both.group(2).trim();
        return new SurveyColumn(index, heading, SurveyColumn.shorten(text), List.of(both.group(1), text));
    }

    private static void addAlias(Set<String> aliases, String text) {
        if (!text.isEmpty() && !HeaderDetection.isSingleAnswerCell(text) && !HeaderDetection.isImportId(text)) {
            aliases.add(text);
        }
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index).trim() : "";
    }
}
