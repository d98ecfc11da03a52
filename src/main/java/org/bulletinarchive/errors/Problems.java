package org.bulletinarchive.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The problems one pass over the project finds, in the order found: a check goes on after a problem, so the editor
 * sees every mistake at once instead of one per build. {@link #throwIfAny()} ends the pass: one problem is thrown as
 * it is, several as a {@link ManyProblemsException}.
 */
public final class Problems {

    private final List<ArchiveException> found = new ArrayList<>();

    /** Records a problem (each of several, for a {@link ManyProblemsException}). */
    public void add(ArchiveException problem) {
        found.addAll(each(problem));
    }

    /** Runs {@code check}; a problem it throws is recorded. Returns whether it passed. */
    public boolean attempt(Runnable check) {
        try {
            check.run();
            return true;
        } catch (ArchiveException e) {
            add(e);
            return false;
        }
    }

    /** The value {@code read} gives, or null when it throws a problem, which is recorded. */
    public <T> T attempt(Supplier<T> read) {
        try {
            return read.get();
        } catch (ArchiveException e) {
            add(e);
            return null;
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<ArchiveException> list() {
        return List.copyOf(found);
    }

    /** Throws what was found: nothing, the one problem, or all of them at once. */
    public void throwIfAny() {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            throw new ManyProblemsException(found);
        }
    }

    /** The single problems an exception stands for: itself, or each of several. */
    public static List<ArchiveException> each(ArchiveException problem) {
        return problem instanceof ManyProblemsException many ? many.problems() : List.of(problem);
    }
}
