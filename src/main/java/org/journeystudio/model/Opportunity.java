package org.journeystudio.model;

/** An idea for improving the experience at a touchpoint. */
public record Opportunity(String text, Evidence evidence) {
    public Opportunity {
        text = Checks.text(text);
        evidence = evidence == null ? Evidence.PROPOSED : evidence;
    }

    public Opportunity(String text) {
        this(text, Evidence.PROPOSED);
    }
}
