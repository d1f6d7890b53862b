package org.journeystudio.style;

import java.util.Locale;

/**
 * A colour as a 0xRRGGBB value and an opacity from 0 to 1: plain numbers, so the window (JavaFX, CSS) and the
 * exports (AWT) each build their own colour object from the same value.
 */
public record Rgb(int value, double opacity) {

    public Rgb {
        if ((value & ~0xffffff) != 0) {
            throw new IllegalArgumentException("Not a 0xRRGGBB value: " + Integer.toHexString(value));
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("Opacity must lie between 0 and 1, not " + opacity);
        }
    }

    /** An opaque colour. */
    public static Rgb of(int value) {
        return new Rgb(value, 1);
    }

    /** {@code "#rrggbb"}, the form the model stores colours in. */
    public static Rgb parse(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("Colour must look like #1f77b4, not '" + hex + "'");
        }
        return of(Integer.parseInt(hex.substring(1), 16));
    }

    public Rgb withOpacity(double newOpacity) {
        return new Rgb(value, newOpacity);
    }

    public int red() {
        return (value >> 16) & 0xff;
    }

    public int green() {
        return (value >> 8) & 0xff;
    }

    public int blue() {
        return value & 0xff;
    }

    /** The opacity as a byte, 0 to 255, for toolkits that count it that way (AWT). */
    public int alpha() {
        return (int) Math.round(opacity * 255);
    }

    /** {@code "#rrggbb"}, lower case, without the opacity. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", value);
    }

    /** The same darkening as AWT's {@code Color.darker()}, so outlines drawn from it match in every toolkit. */
    public Rgb darker() {
        return new Rgb((scaled(red()) << 16) | (scaled(green()) << 8) | scaled(blue()), opacity);
    }

    /** The colour {@code t} of the way from this one to {@code other} (0 is this, 1 is other), channel by channel. */
    public Rgb mix(Rgb other, double t) {
        return of((lerp(red(), other.red(), t) << 16) | (lerp(green(), other.green(), t) << 8)
                | lerp(blue(), other.blue(), t));
    }

    /** Relative luminance (sRGB, WCAG) from 0 (black) to 1 (white). */
    public double luminance() {
        return 0.2126 * linear(red()) + 0.7152 * linear(green()) + 0.0722 * linear(blue());
    }

    /** The WCAG contrast ratio between this colour and {@code other}, from 1 (none) to 21 (black on white). */
    public double contrastWith(Rgb other) {
        double a = luminance() + 0.05;
        double b = other.luminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    private static int scaled(int channel) {
        return (int) (channel * 0.7);
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
