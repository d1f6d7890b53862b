/** Copy, cut and paste of cards as plain data, within one map or between projects. */
package org.journeystudio.edit.clipboard;
