package org.journeystudio.layout;

/** What a sticky note on the map stands for; painters colour them apart. */
public enum NoteKind {
    PAIN_POINT, OPPORTUNITY
}
