package org.journeystudio.store.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token rules of Mermaid's {@code journey.jison} (mermaid-js/mermaid,
 * packages/mermaid/src/diagrams/user-journey/parser/journey.jison), applied the way Mermaid applies them: comment
 * lines removed ({@code cleanupComments}), entity codes hidden ({@code encodeEntities}), then the first rule
 * that matches at each place wins, and the grammar takes {@code journey} then statements. A checker for tests;
 * {@code scripts/check-mermaid.sh} runs Mermaid's own parser.
 */
final class JourneyGrammar {
    private enum Token { NEWLINE, SKIP, JOURNEY, TITLE, ACC_TITLE, ACC_DESCR, SECTION, TASK_NAME, TASK_DATA, COLON,
        INVALID }

    private record Rule(Pattern pattern, Token token) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("%%(?!\\{)[^\\n]*"), Token.SKIP),
            new Rule(Pattern.compile("[^}]%%[^\\n]*"), Token.SKIP),
            new Rule(Pattern.compile("\\n+"), Token.NEWLINE),
            new Rule(Pattern.compile("\\s+"), Token.SKIP),
            new Rule(Pattern.compile("#[^\\n]*"), Token.SKIP),
            new Rule(Pattern.compile("(?i)journey"), Token.JOURNEY),
            new Rule(Pattern.compile("(?i)title\\s[^#\\n;]+"), Token.TITLE),
            new Rule(Pattern.compile("(?i)accTitle\\s*:\\s*[^\\n]*"), Token.ACC_TITLE),
            new Rule(Pattern.compile("(?i)accDescr\\s*:\\s*[^\\n]*"), Token.ACC_DESCR),
            new Rule(Pattern.compile("(?i)section\\s[^#:\\n;]+"), Token.SECTION),
            new Rule(Pattern.compile("[^#:\\n;]+"), Token.TASK_NAME),
            new Rule(Pattern.compile(":[^#\\n;]+"), Token.TASK_DATA),
            new Rule(Pattern.compile(":"), Token.COLON),
            new Rule(Pattern.compile("."), Token.INVALID));

    /** A task as Mermaid's lexer cuts it: the name and the data after it, entity codes still in place. */
    record ParsedTask(String name, String data) {
    }

    private JourneyGrammar() {
    }

    /** The tasks of {@code text}; throws naming the first place Mermaid's grammar would refuse. */
    static List<ParsedTask> tasks(String text) {
        String code = text.replace("\r\n", "\n").replaceAll("(?m)^\\s*%%(?!\\{)[^\\n]+\\n?", "").stripLeading();
        code = Pattern.compile("#\\w+;").matcher(code).replaceAll(m -> "\uFB02\u00B0" + m.group().substring(1,
                m.group().length() - 1) + "\u00B6\u00DF") + "\n";
        List<ParsedTask> tasks = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int at = 0;
        while (at < code.length()) {
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(code).region(at, code.length());
                if (m.lookingAt()) {
                    if (rule.token() != Token.SKIP) {
                        tokens.add(rule.token());
                        texts.add(m.group());
                    }
                    at = m.end();
                    break;
                }
            }
        }
        if (tokens.isEmpty() || tokens.get(0) != Token.JOURNEY) {
            throw new AssertionError("Mermaid expects 'journey' first, not " + tokens);
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            switch (token) {
                case NEWLINE, TITLE, ACC_TITLE, ACC_DESCR, SECTION -> { }
                case TASK_NAME -> {
                    if (i + 1 >= tokens.size() || tokens.get(i + 1) != Token.TASK_DATA) {
                        throw new AssertionError("A task name without its data: '" + texts.get(i) + "'");
                    }
                    tasks.add(new ParsedTask(restored(texts.get(i)), restored(texts.get(i + 1))));
                    i++;
                }
                default -> throw new AssertionError("Mermaid refuses " + token + " '" + texts.get(i) + "'");
            }
        }
        return tasks;
    }

    private static String restored(String text) {
        return text.replace("\uFB02\u00B0", "#").replace("\u00B6\u00DF", ";");
    }
}
