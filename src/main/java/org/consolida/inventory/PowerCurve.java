package org.consolida.inventory;

import java.util.List;

/**
 * Wall power of a host at 0 %, 10 %, … 100 % CPU load (SPECpower_ssj2008 style), interpolated linearly between points.
 * A host that is switched off draws nothing; that is the caller's decision, not the curve's.
 */
public record PowerCurve(List<Double> watts) {
    public static final int POINTS = 11;

    public PowerCurve {
        watts = List.copyOf(Checks.present("power curve", watts));
        if (watts.size() != POINTS) {
            throw new IllegalArgumentException("power curve needs " + POINTS + " points (0 %, 10 %, … 100 %), got " + watts.size());
        }
        for (int i = 0; i < POINTS; i++) {
            Checks.nonNegative("watts at " + (i * 10) + " %", watts.get(i));
            if (i > 0 && watts.get(i) < watts.get(i - 1)) {
                throw new IllegalArgumentException("power curve must not fall with load: " + watts.get(i) + " W at "
                        + (i * 10) + " % is below " + watts.get(i - 1) + " W at " + ((i - 1) * 10) + " %");
            }
        }
    }

    /** A straight line from idle to full load, for hardware where only those two figures are known. */
    public static PowerCurve linear(double idleWatts, double maxWatts) {
        Double[] points = new Double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            points[i] = idleWatts + (maxWatts - idleWatts) * i / (POINTS - 1);
        }
        return new PowerCurve(List.of(points));
    }

    /** Watts at a CPU utilisation between 0 and 1; values outside are clamped (an over-loaded host draws its maximum). */
    public double wattsAt(double utilization) {
        double u = Math.max(0, Math.min(1, utilization)) * (POINTS - 1);
        int lower = (int) Math.floor(u);
        if (lower >= POINTS - 1) {
            return watts.get(POINTS - 1);
        }
        double fraction = u - lower;
        return watts.get(lower) + (watts.get(lower + 1) - watts.get(lower)) * fraction;
    }

    public double idleWatts() {
        return watts.get(0);
    }

    public double maxWatts() {
        return watts.get(POINTS - 1);
    }
}
