package org.journeystudio.model;

/** A phase of the journey, shown as a column (e.g. "Search", "Buy", "Receive"). */
public record Stage(String id, String name, String description, double widthHint) {
    public static final double DEFAULT_WIDTH = 240;

    public Stage {
        id = Checks.id(id, "stage");
        name = Checks.text(name);
        description = Checks.text(description);
        if (!(widthHint > 0) || Double.isInfinite(widthHint)) {
            throw new IllegalArgumentException("Stage '" + name + "' needs a positive width, not " + widthHint);
        }
    }

    public Stage(String id, String name) {
        this(id, name, "", DEFAULT_WIDTH);
    }

    public Stage withName(String newName) {
        return new Stage(id, newName, description, widthHint);
    }

    public Stage withWidthHint(double newWidth) {
        return new Stage(id, name, description, newWidth);
    }
}
