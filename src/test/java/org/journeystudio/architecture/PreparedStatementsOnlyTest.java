package org.journeystudio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/**
 * Every value reaches the database as a prepared statement's parameter, never inside the SQL text: on a team
 * library a title or a survey label built into SQL would let one user's text run as SQL on everyone's server.
 */
@FastTest
class PreparedStatementsOnlyTest {

    @Test
    void noMainSourceBuildsSqlFromValues() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> problems = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(PreparedStatementsOnlyTest::usesJdbc)
                    .flatMap(f -> SqlConcatenation.find(read(f)).stream().map(p -> sources.relativize(f) + ":" + p))
                    .toList();
            assertThat(problems).as("SQL built from values; pass them as ? parameters instead").isEmpty();
        }
    }

    @Test
    void theCheckFindsAValueJoinedIntoSqlAndAcceptsLiteralsAndConstants() {
        String source = """
                class Rows {
                    void write(String title) throws Exception {
                        connection.prepareStatement("SELECT " + COLUMNS + " FROM project WHERE id = ?");
                        sql.update("UPDATE project SET title = ? " + "WHERE id = ?", title, id);
                        statement.executeQuery(SurveyColumnRows.QUERY);
                        rows.executeQuery();
                        statement.execute("DELETE FROM project WHERE title = '" + title + "'");
                        sql.prepare("SELECT * FROM " + table(title));
                        String built = "SELECT * FROM project WHERE title = '" + title + "'";
                        sql.prepare(built);
                    }
                }
                """;
        assertThat(SqlConcatenation.find(source)).containsExactly(
                "7: title", "8: table(title)", "9: title");
    }

    private static boolean usesJdbc(Path file) {
        return read(file).contains("import java.sql.");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
