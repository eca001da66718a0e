package org.consolida.pipeline;

import java.io.PrintWriter;

import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * Draws a progress bar on a {@link PrintWriter} (a command's {@code spec.commandLine().getErr()}), redrawing the line
 * in place as the library's console consumer does on a {@code PrintStream}.
 */
public final class WriterProgressConsumer implements ProgressBarConsumer {
    /** What the library falls back to when it cannot read the terminal's width. */
    private static final int WIDTH = 80;

    private final PrintWriter out;

    public WriterProgressConsumer(PrintWriter out) {
        this.out = out;
    }

    @Override
    public int getMaxRenderedLength() {
        return WIDTH;
    }

    @Override
    public void accept(String rendered) {
        out.print('\r');
        out.print(rendered);
        out.flush();
    }

    @Override
    public void close() {
        out.println();
        out.flush();
    }
}
