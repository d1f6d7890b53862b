package org.journeystudio.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.journeystudio.cli.StudioCommandLine;

/**
 * The survey corpus under {@code src/test/resources/surveys/}: each export beside its {@code NAME.expected.json}
 * (segment column, extra options, scale, header rows and the hand-computed cells), and the {@code heatmap} command
 * run on it in-process, as the launcher runs it.
 */
final class SurveyCorpus {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EXPECTED = ".expected.json";
    private static final Pattern RANGE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*[-–]\\s*(-?\\d+(?:\\.\\d+)?)");

    private SurveyCorpus() {
    }

    /** One expected cell: the mean of {@code n} answers of a touchpoint in a segment (or "All"). */
    record Cell(String touchpoint, String segment, long n, double mean) {
        /** Touchpoint and segment, trimmed and lower-cased, so "Check-in" and "check-in " name the same cell. */
        String key() {
            return SurveyCorpus.key(touchpoint) + " × " + SurveyCorpus.key(segment);
        }
    }

    /** One survey file of the corpus with what its expected file says. */
    record Case(Path file, String segment, List<String> options, String scale, int headerRows, List<Cell> cells) {
        String name() {
            return file.getFileName().toString();
        }

        /** {@code heatmap FILE --segment SEG --format json} plus the case's options. */
        List<String> arguments(Path survey, List<String> options) {
            List<String> args = new ArrayList<>(List.of("heatmap", survey.toString(), "--segment", segment,
                    "--format", "json"));
            args.addAll(options);
            return args;
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** What a command-line run printed and returned. */
    record Run(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return MAPPER.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("the heatmap did not print JSON: " + out + "\nerror output: " + err, e);
            }
        }

        /** The printed cells by {@link Cell#key()}, in the order printed. */
        Map<String, Cell> cells() {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (JsonNode node : json().get("cells")) {
                JsonNode mean = node.get("mean");
                Cell cell = new Cell(node.get("touchpoint").asText(), node.get("segment").asText(),
                        node.get("n").asLong(), mean == null || mean.isNull() ? Double.NaN : mean.asDouble());
                cells.put(cell.key(), cell);
            }
            return cells;
        }

        /** The first line of the error output, for messages. */
        String firstError() {
            return err.lines().filter(l -> !l.isBlank()).findFirst().orElse("(no error output)");
        }
    }

    static Path folder() {
        try {
            return Path.of(SurveyCorpus.class.getResource("/surveys").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resources folder /surveys", e);
        }
    }

    /** Every survey of the corpus that has an expected file, by file name. */
    static List<Case> cases() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(EXPECTED)).sorted()
                    .map(SurveyCorpus::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case read(Path expectedFile) {
        String name = expectedFile.getFileName().toString();
        String base = name.substring(0, name.length() - EXPECTED.length());
        try (Stream<Path> siblings = Files.list(expectedFile.getParent())) {
            Path survey = siblings.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(base + ".") && !n.equals(name);
            }).findFirst().orElseThrow(() -> new IllegalStateException("no survey file beside " + name));
            JsonNode json = MAPPER.readTree(expectedFile.toFile());
            List<String> options = new ArrayList<>();
            json.path("options").forEach(o -> options.add(o.asText()));
            List<Cell> cells = new ArrayList<>();
            for (JsonNode c : json.get("cells")) {
                cells.add(new Cell(c.get("touchpoint").asText(), c.get("segment").asText(), c.get("n").asLong(),
                        c.get("mean").asDouble()));
            }
            return new Case(survey, json.get("segment").asText(), List.copyOf(options), json.get("scale").asText(),
                    json.path("headerRows").asInt(1), List.copyOf(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(expectedFile + ": " + e.getMessage(), e);
        }
    }

    /** Runs the command line as the launcher does, capturing both outputs. */
    static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = StudioCommandLine.standard().execute(args.toArray(String[]::new), new PrintWriter(out),
                new PrintWriter(err));
        return new Run(exitCode, out.toString(), err.toString());
    }

    static Run heatmap(Case survey) {
        return run(survey.arguments(survey.file(), survey.options()));
    }

    /**
     * The scale a heatmap reports, as "min-max" ("1-4", "0-100"), or null when the JSON does not carry one. Takes a
     * text such as {@code "1-4 · Never … Often"}, or an object with {@code min} and {@code max} or a {@code label}.
     */
    static String reportedScale(JsonNode root) {
        JsonNode scale = root.get("scale");
        if (scale == null || scale.isNull()) {
            return null;
        }
        if (scale.isObject() && scale.has("min") && scale.has("max")) {
            return plain(scale.get("min").asText()) + "-" + plain(scale.get("max").asText());
        }
        String text = scale.isObject() ? scale.path("label").asText(scale.toString()) : scale.asText();
        Matcher range = RANGE.matcher(text);
        return range.find() ? plain(range.group(1)) + "-" + plain(range.group(2)) : text;
    }

    /** The lowest and highest point of a "min-max" scale label. */
    static double[] bounds(String scale) {
        Matcher range = RANGE.matcher(scale);
        if (!range.matches()) {
            throw new IllegalArgumentException("not a min-max scale: " + scale);
        }
        return new double[] {Double.parseDouble(range.group(1)), Double.parseDouble(range.group(2))};
    }

    private static String plain(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }

    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
