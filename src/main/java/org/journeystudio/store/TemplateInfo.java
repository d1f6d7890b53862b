package org.journeystudio.store;

/** A template as the home screen lists it. */
public record TemplateInfo(String id, String name, String description) {
}
