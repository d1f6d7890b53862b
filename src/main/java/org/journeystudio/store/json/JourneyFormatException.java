package org.journeystudio.store.json;

/** A {@code .journey.json} file that cannot be read, with where the problem is (line and column from 1). */
public class JourneyFormatException extends Exception {
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public JourneyFormatException(String source, int line, int column, String problem) {
        super(source + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String source() { return source; }
    public int line() { return line; }
    public int column() { return column; }
    public String problem() { return problem; }
}
