/**
 * The studio's words in the user's language: resource bundles per area, read through {@link
 * org.journeystudio.i18n.Messages}. Plain Java, so every layer (the model and the command line included) may use it.
 */
package org.journeystudio.i18n;
