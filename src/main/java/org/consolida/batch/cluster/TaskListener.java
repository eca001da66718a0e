package org.consolida.batch.cluster;

/** Hears about the tasks a member plans: a worker prints them, the member inside a batch keeps quiet. */
public interface TaskListener {
    TaskListener NONE = new TaskListener() {
        @Override
        public void started(String scenario) {
        }

        @Override
        public void finished(String scenario, int exitCode, String error, long millis) {
        }
    };

    void started(String scenario);

    /** A scenario ended: planned with this exit code (0 holds, 1 does not), or failed with the error (non-empty). */
    void finished(String scenario, int exitCode, String error, long millis);
}
