package org.consolida.io;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Problem;

/**
 * The blank rows a reader skipped between a sheet's header and its last row of data, for one warning that names them:
 * a blank row does not end a sheet (everything below it is read), but a user should know it was there.
 */
public final class BlankRows {
    private static final int LISTED = 10;
    private final List<long[]> ranges = new ArrayList<>();
    private long count;

    /** Rows {@code first} to {@code last} (numbered as the user sees them, inclusive) were blank. */
    public void skipped(long first, long last) {
        if (last < first) {
            return;
        }
        count += last - first + 1;
        if (!ranges.isEmpty() && ranges.get(ranges.size() - 1)[1] == first - 1) {
            ranges.get(ranges.size() - 1)[1] = last;
        } else {
            ranges.add(new long[] {first, last});
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** One warning for the sheet, or none: "blank rows 5, 9 to 12 are skipped; the rows below them are read". */
    public List<Problem> warning(String file, String where) {
        if (count == 0) {
            return List.of();
        }
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < Math.min(LISTED, ranges.size()); i++) {
            long[] range = ranges.get(i);
            listed.add(range[0] == range[1] ? Long.toString(range[0]) : range[0] + " to " + range[1]);
        }
        String more = ranges.size() > LISTED ? " and " + (ranges.size() - LISTED) + " more stretches" : "";
        return List.of(Problem.warning(file, where, (count == 1 ? "blank row " : count + " blank rows (")
                + String.join(", ", listed) + more + (count == 1 ? "" : ")") + " inside the data "
                + (count == 1 ? "is" : "are") + " skipped; the rows below "
                + (count == 1 ? "it" : "them") + " are read"));
    }
}
