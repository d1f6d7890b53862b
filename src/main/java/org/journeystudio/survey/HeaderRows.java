package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.List;

/** Turns an export's header rows into named columns, following each layout's way of splitting questions. */
final class HeaderRows {
    private HeaderRows() {
    }

    static List<SurveyColumn> columns(SurveyLayout layout, List<List<String>> headerRows) {
        List<String> first = headerRows.get(0);
        List<SurveyColumn> columns = new ArrayList<>(first.size());
        String question = "";
        for (int i = 0; i < first.size(); i++) {
            String top = first.get(i).trim();
            switch (layout) {
                case SURVEYMONKEY -> {
                    // A question spans several columns: its text is only above the first; the second row names each.
                    if (!top.isEmpty()) {
                        question = top;
                    }
                    String sub = cell(headerRows.get(1), i);
                    boolean single = sub.isEmpty() || sub.equalsIgnoreCase("Response")
                            || sub.equalsIgnoreCase("Open-Ended Response");
                    String name = single ? question : question + " [" + sub + "]";
                    columns.add(new SurveyColumn(i, name, single ? question : sub, List.of()));
                }
                case QUALTRICS -> {
                    String text = cell(headerRows.get(1), i);
                    String name = text.isEmpty() ? top : text;
                    columns.add(new SurveyColumn(i, name, SurveyColumn.shorten(name), List.of(top)));
                }
                default -> columns.add(new SurveyColumn(i, top, SurveyColumn.shorten(top), List.of()));
            }
        }
        return columns;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index).trim() : "";
    }
}
