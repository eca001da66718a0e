package org.consolida.io.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Problem;
import org.consolida.io.ReadResult;

/** Measured demand into an inventory as it is read: what {@code --history} does for every command that reads one. */
public final class Histories {
    private Histories() {
    }

    /**
     * The inventory planned from a history, with the reading's warnings and the sizing's after them.
     *
     * @param history a CSV file, a folder of CSV files or a folder of PlanetLab traces; null leaves the read as it is
     */
    public static ReadResult apply(ReadResult read, Path history, Sizing sizing) {
        if (history == null) {
            return read;
        }
        DemandSizing.Sized sized = DemandSizing.apply(read.inventory(), HistoryReader.read(history), sizing);
        List<Problem> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(sized.warnings());
        return new ReadResult(sized.inventory(), warnings, sized.measured());
    }
}
