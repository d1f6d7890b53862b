package org.journeystudio.render;

/** How a PDF places the map on its pages. */
public enum PageFit {
    /** The whole map shrunk (or grown) onto one page. */
    FIT_TO_PAGE,
    /** The map at print size, tiled across as many pages as it needs, with crop marks for assembling a poster. */
    POSTER
}
