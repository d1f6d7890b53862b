/**
 * Exports: PNG, SVG and PDF painted from the shared {@code layout} geometry by one {@link
 * org.journeystudio.render.MapPainter} over {@link java.awt.Graphics2D} (a bitmap, Batik's SVG generator, PDFBox's
 * PDF bridge), and CSV written from the model. {@link org.journeystudio.render.MapExporter} is the entry point for
 * the window and the command line alike; long exports report progress and can be cancelled through an
 * {@link org.journeystudio.render.ExportMonitor}. No JavaFX here: the exports run headless.
 */
package org.journeystudio.render;
