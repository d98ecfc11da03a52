package org.bulletinarchive.errors;

import java.util.List;

/** Several problems found in one pass (every content file is read, not only up to the first mistake); Main prints each on its own line. */
public final class ManyProblemsException extends ArchiveException {

    private final List<ArchiveException> problems;

    ManyProblemsException(List<ArchiveException> problems) {
        super("", 0, 0, problems.size() + " problems, the first: " + problems.get(0).getMessage(), null);
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in the order found. */
    public List<ArchiveException> problems() {
        return problems;
    }
}
