package org.journeystudio.store.mermaid;

/** One statement of a Mermaid journey, with its line (from 1); texts are raw, still escaped. */
sealed interface MermaidStatement {
    int line();

    record Title(int line, String raw) implements MermaidStatement {
    }

    record AccTitle(int line, String raw) implements MermaidStatement {
    }

    record AccDescr(int line, String raw) implements MermaidStatement {
    }

    record Section(int line, String raw) implements MermaidStatement {
    }

    /**
     * {@code Name: score: actors}.
     *
     * @param score       the score as read, already within 1–5
     * @param scoreColumn where the score is on the line (from 1), for messages
     * @param actors      raw actor names, blank ones left out
     */
    record Task(int line, String raw, double score, String scoreText, int scoreColumn,
                java.util.List<String> actors) implements MermaidStatement {
    }

    /** A {@code %% journey-studio} comment. */
    record Studio(int line, MermaidComments.Comment comment) implements MermaidStatement {
    }
}
