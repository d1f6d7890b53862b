package org.journeystudio.model;

/** Which part of the experience a touchpoint mostly serves. */
public enum ExperienceComponent {
    EMOTIONAL, FUNCTIONAL, ACCESSIBLE
}
