package org.journeystudio.model;

/** Something that hurts at a touchpoint; severity 1 (minor) to 3 (severe). */
public record PainPoint(String text, int severity, Evidence evidence) {
    public static final int MIN_SEVERITY = 1;
    public static final int MAX_SEVERITY = 3;

    public PainPoint {
        text = Checks.text(text);
        if (severity < MIN_SEVERITY || severity > MAX_SEVERITY) {
            throw new IllegalArgumentException("Pain point severity must be 1, 2 or 3, not " + severity);
        }
        evidence = evidence == null ? Evidence.ASSUMED : evidence;
    }

    public PainPoint(String text, int severity) {
        this(text, severity, Evidence.ASSUMED);
    }
}
