package org.journeystudio.ui.home;

import atlantafx.base.theme.Styles;

/** The style classes of the home screen and the new-project dialog; their rules are in home.css and studio.css. */
final class HomeStyles {
    static final String TABLE_PLACEHOLDER = "table-placeholder";
    static final String RECENT_PLACEHOLDER = "recent-placeholder";
    static final String PROJECT_TITLE = "project-title";
    static final String THUMBNAIL = "project-thumbnail";
    static final String TEMPLATE_TILE = "template-tile";
    static final String TILE_CONTENT = "tile-content";
    static final String TILE_NAME = "tile-name";
    static final String TILE_DESCRIPTION = "tile-description";
    static final String TEMPLATE_NAME = "template-name";
    static final String TEMPLATE_DESCRIPTION = "template-description";

    // AtlantaFX's text variant the home screen uses.
    static final String TEXT_MUTED = Styles.TEXT_MUTED;

    private HomeStyles() {
    }
}
