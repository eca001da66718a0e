package org.consolida.inventory;

/**
 * One problem in an input, located where a user can find it: the file, then the place in it (a cell such as
 * {@code Workloads!D17}, a line, a JSON path), then what is wrong and how to fix it.
 */
public record Problem(String file, String where, String message, Level level) {
    public enum Level { ERROR, WARNING }

    public Problem {
        file = file == null ? "" : file;
        where = where == null ? "" : where;
        level = level == null ? Level.ERROR : level;
    }

    public static Problem error(String file, String where, String message) {
        return new Problem(file, where, message, Level.ERROR);
    }

    public static Problem warning(String file, String where, String message) {
        return new Problem(file, where, message, Level.WARNING);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!file.isEmpty()) {
            text.append(file).append(": ");
        }
        if (!where.isEmpty()) {
            text.append(where).append(": ");
        }
        if (level == Level.WARNING) {
            text.append("warning: ");
        }
        return text.append(message).toString();
    }
}
