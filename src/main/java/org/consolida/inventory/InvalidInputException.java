package org.consolida.inventory;

import java.util.List;

/** Every problem found in an input in one pass; the CLI prints them all and exits with code 2. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public static InvalidInputException of(String file, String where, String message) {
        return new InvalidInputException(Problem.error(file, where, message));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        return problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems, the first: " + problems.get(0);
    }
}
