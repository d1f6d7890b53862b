package org.journeystudio.style;

import java.util.List;

/** A colour scale through evenly spaced stops; {@link #at} interpolates between the two nearest. */
public record Ramp(List<Rgb> stops) {

    public Ramp {
        if (stops.size() < 2) {
            throw new IllegalArgumentException("A ramp needs at least two stops");
        }
        stops = List.copyOf(stops);
    }

    public static Ramp of(int... values) {
        return new Ramp(java.util.Arrays.stream(values).mapToObj(Rgb::of).toList());
    }

    /** The colour at {@code fraction} of the way from the first stop (0) to the last (1); outside, the nearer end. */
    public Rgb at(double fraction) {
        double position = Math.max(0, Math.min(1, fraction)) * (stops.size() - 1);
        int lower = Math.min(stops.size() - 2, (int) Math.floor(position));
        return stops.get(lower).mix(stops.get(lower + 1), position - lower);
    }
}
