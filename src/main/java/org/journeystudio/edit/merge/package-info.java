/** Merging two edits of one map made from the same base: this studio's and another's on a team library. */
package org.journeystudio.edit.merge;
