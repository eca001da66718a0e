package org.consolida.inventory;

import java.util.Collections;
import java.util.List;

/** A workload's demand over the day: for each hour, the share of its peak demand (0 to 1). */
public record DemandProfile(String id, List<Double> hourlyShare) {
    public static final int HOURS = 24;

    public DemandProfile {
        id = Checks.id("profile", id);
        hourlyShare = List.copyOf(Checks.present("hourly shares", hourlyShare));
        if (hourlyShare.size() != HOURS) {
            throw new IllegalArgumentException("profile needs " + HOURS + " hourly shares, got " + hourlyShare.size());
        }
        for (int h = 0; h < HOURS; h++) {
            Checks.between(String.format("h%02d", h), hourlyShare.get(h), 0, 1);
        }
    }

    /** Demand at its peak all day: the profile of a workload that names none. */
    public static DemandProfile flat() {
        return new DemandProfile("flat", Collections.nCopies(HOURS, 1.0));
    }

    /** Share of peak demand at a time of day, in minutes since midnight (hour-wise constant). */
    public double shareAt(int minuteOfDay) {
        int hour = Math.floorMod(minuteOfDay, HOURS * 60) / 60;
        return hourlyShare.get(hour);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
