/**
 * The studio's look as plain values: {@link org.journeystudio.style.Palette} names every colour once by what it
 * means, for the window (its CSS and JavaFX code) and the exports (AWT) alike. No toolkit and no other package of
 * the studio is used here, so every layer, the model included, may use it.
 */
package org.journeystudio.style;
