package org.journeystudio.style;

/**
 * How a colour looks with normal vision and to someone with a full protan (protanopia), deutan (deuteranopia) or
 * tritan colour-vision deficiency (Machado, Oliveira and Fernandes 2009, severity 1.0, applied to linear sRGB),
 * and how far apart two colours then look: CIE76 ΔE, the distance in CIELAB (D65); about 2.3 is just noticeable,
 * above 20 plainly different. Plain arithmetic, no toolkit, so tests and docs can check the palette anywhere.
 */
public enum ColourVision {
    NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
    PROTAN(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}}),
    DEUTAN(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}}),
    TRITAN(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
            {0.004733, 0.691367, 0.303900}});

    private final double[][] matrix;

    ColourVision(double[][] matrix) {
        this.matrix = matrix;
    }

    /** The CIE76 ΔE between {@code a} and {@code b} as seen with this vision. */
    public double difference(Rgb a, Rgb b) {
        double[] x = lab(seen(a));
        double[] y = lab(seen(b));
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private double[] seen(Rgb colour) {
        double[] in = {linear(colour.red()), linear(colour.green()), linear(colour.blue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, matrix[i][0] * in[0] + matrix[i][1] * in[1] + matrix[i][2] * in[2]));
        }
        return out;
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116.0;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
