package vn.portal.kernel.core.catalog;

/** Told how far an import has got, for the admin's progress bar. */
@FunctionalInterface
public interface ImportProgress {

    enum Phase { READING, CHECKING, WRITING, DONE }

    ImportProgress NONE = (phase, done, total) -> {
    };

    void update(Phase phase, long done, long total);
}
