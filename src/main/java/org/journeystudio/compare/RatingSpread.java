package org.journeystudio.compare;

/**
 * How sure a satisfaction rating is: the number of answers behind it and the 95% confidence interval of their
 * mean, on the map's scale. Only ratings from survey answers have one; a rating typed by hand has none. With a
 * single answer there is no interval and both ends are NaN.
 */
public record RatingSpread(long n, double ciLow, double ciHigh) {
}
