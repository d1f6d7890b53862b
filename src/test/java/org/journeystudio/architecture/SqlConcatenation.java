package org.journeystudio.architecture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds SQL text built from values in Java source. Two places are looked at: the first argument of every call that
 * takes SQL (JDBC's {@code prepareStatement}, {@code execute…}, {@code addBatch}, the library's {@code prepare} and
 * {@code update}), and every joined string that starts with an upper-case SQL keyword (so SQL put together in a
 * variable first is found too). Such a join may hold only string literals and constants (UPPER_CASE names); a
 * variable, a call or a field in it means a value went into the SQL text instead of a {@code ?} parameter. A lone
 * variable passed to a call is accepted: where its text was joined is checked by the second rule.
 */
final class SqlConcatenation {
    private static final Pattern SQL_CALL =
            Pattern.compile("\\b(prepareStatement|prepare|update|executeQuery|executeUpdate|execute|addBatch)\\(");
    private static final Pattern CONSTANT = Pattern.compile("([A-Z][A-Za-z0-9]*\\.)*[A-Z][A-Z0-9_]*");
    private static final Pattern LITERAL = Pattern.compile("(?s)\"\"\".*\"\"\"|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern SQL_JOIN = Pattern.compile(
            "\"(SELECT|INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP)\\b[^\"]*\"\\s*\\+");
    /** A parameter in a method's declaration ({@code String sql}), not a call. */
    private static final Pattern DECLARATION = Pattern.compile("\\s*(final\\s+)?[\\w.<>\\[\\]]+\\s+\\w+\\s*");

    private SqlConcatenation() {
    }

    /** Each value joined into SQL as {@code line: operand}; none for SQL made of literals and constants only. */
    static List<String> find(String source) {
        Set<String> problems = new LinkedHashSet<>();
        Matcher call = SQL_CALL.matcher(source);
        while (call.find()) {
            String argument = expression(source, call.end());
            if (!argument.isBlank() && !DECLARATION.matcher(argument).matches()) {
                check(source, call.start(), argument, problems);
            }
        }
        Matcher join = SQL_JOIN.matcher(source);
        while (join.find()) {
            check(source, join.start(), expression(source, join.start()), problems);
        }
        return new ArrayList<>(problems);
    }

    private static void check(String source, int at, String expression, Set<String> problems) {
        List<String> operands = topLevelOperands(expression);
        if (operands.size() == 1) {
            return;
        }
        for (String operand : operands) {
            String trimmed = operand.strip();
            if (!LITERAL.matcher(trimmed).matches() && !CONSTANT.matcher(trimmed).matches()) {
                int line = source.substring(0, at).split("\n", -1).length;
                problems.add(line + ": " + trimmed);
            }
        }
    }

    /** The expression that starts at {@code from}, up to a top-level ',', ';' or unmatched ')'. */
    private static String expression(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = endOfLiteral(source, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || (c == ',' || c == ';') && depth == 0) {
                return source.substring(from, i);
            }
        }
        return source.substring(from);
    }

    private static List<String> topLevelOperands(String expression) {
        List<String> operands = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                i = endOfLiteral(expression, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '+' && depth == 0) {
                operands.add(expression.substring(start, i));
                start = i + 1;
            }
        }
        operands.add(expression.substring(start));
        return operands;
    }

    private static int endOfLiteral(String text, int quote) {
        if (text.startsWith("\"\"\"", quote)) {
            int end = text.indexOf("\"\"\"", quote + 3);
            return end < 0 ? text.length() : end + 2;
        }
        for (int i = quote + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                return i;
            }
        }
        return text.length();
    }
}
