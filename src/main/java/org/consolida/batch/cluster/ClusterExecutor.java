package org.consolida.batch.cluster;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.consolida.batch.Manifest;
import org.consolida.batch.Scenario;
import org.consolida.batch.ScenarioExecutor;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.spi.exception.RetryableException;

/**
 * Submits scenarios to the cluster's members, each given at most as many at once as it advertises slots, the freest
 * member first; a scenario waits here until a slot frees, so a member that joins mid-run gets work at once. A member
 * that leaves (killed, stopped, unreachable) fails the tasks it held with a member-left error: those go back to the
 * front of the queue for another member, and the scenario's note names the member that left. A scenario that loses
 * {@value #MAX_ATTEMPTS} members in a row fails rather than take down every member in turn.
 */
public final class ClusterExecutor implements ScenarioExecutor {
    static final int MAX_ATTEMPTS = 3;

    private final HazelcastInstance instance;
    private final IExecutorService executor;
    private final Path defaultRules;
    private final String version;
    private final Consumer<String> log;
    private final Deque<Job> pending = new ArrayDeque<>();
    private final Map<UUID, Integer> busy = new HashMap<>();
    private final Set<UUID> ignored = new HashSet<>();
    private final List<Timing> timings = new ArrayList<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cluster-results");
        thread.setDaemon(true);
        return thread;
    });
    private final UUID membership;

    /**
     * One scenario's round trip, from sending the task to a member to its files written here, and the part of it the
     * member spent planning: the difference is what the cluster costs a task.
     */
    public record Timing(String scenario, String member, long roundTripMillis, long planMillis) {
    }

    private static final class Job {
        final Manifest manifest;
        final Scenario scenario;
        final Path outDir;
        final ScenarioTask task;
        final CompletableFuture<Execution> result = new CompletableFuture<>();
        final List<String> departed = new ArrayList<>();
        long sentNanos;

        Job(Manifest manifest, Scenario scenario, Path outDir, ScenarioTask task) {
            this.manifest = manifest;
            this.scenario = scenario;
            this.outDir = outDir;
            this.task = task;
        }
    }

    ClusterExecutor(HazelcastInstance instance, Path defaultRules, String version, Consumer<String> log) {
        this.instance = instance;
        this.executor = instance.getExecutorService(ClusterMember.EXECUTOR);
        this.defaultRules = defaultRules;
        this.version = version;
        this.log = log;
        this.membership = instance.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                dispatch();
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                dispatch();
            }
        });
    }

    @Override
    public CompletableFuture<Execution> submit(Manifest manifest, Scenario scenario, Path outDir) {
        ScenarioTask task;
        try {
            task = ScenarioTask.of(manifest, scenario, defaultRules, version);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
        Job job = new Job(manifest, scenario, outDir, task);
        synchronized (this) {
            pending.addLast(job);
        }
        dispatch();
        return job.result;
    }

    /** Hands queued scenarios to members with a free slot, the freest first. */
    private synchronized void dispatch() {
        while (!pending.isEmpty()) {
            Member member = freest();
            if (member == null) {
                return;
            }
            Job job = pending.pollFirst();
            busy.merge(member.getUuid(), 1, Integer::sum);
            job.sentNanos = System.nanoTime();
            try {
                executor.submitToMember(job.task, member, new ExecutionCallback<TaskResult>() {
                    @Override
                    public void onResponse(TaskResult response) {
                        responded(job, member, response);
                    }

                    @Override
                    public void onFailure(Throwable failure) {
                        failed(job, member, failure);
                    }
                });
            } catch (RuntimeException e) {
                release(member);
                if (departure(e)) {
                    requeue(job, member);
                } else {
                    job.result.completeExceptionally(e);
                }
            }
        }
    }

    private Member freest() {
        Member best = null;
        int bestFree = 0;
        for (Member member : instance.getCluster().getMembers()) {
            int free = slots(member) - busy.getOrDefault(member.getUuid(), 0);
            if (free > bestFree) {
                best = member;
                bestFree = free;
            }
        }
        return best;
    }

    /** A member's slots, or 0 for a member that runs another version of the program (said once). */
    private int slots(Member member) {
        String theirs = member.getAttribute(ClusterMember.VERSION);
        if (!version.equals(theirs)) {
            if (ignored.add(member.getUuid())) {
                log.accept("member " + ClusterMember.address(member) + " runs " + (theirs == null ? "no Consolida"
                        : theirs) + ", this batch " + version + ": it gets no scenarios");
            }
            return 0;
        }
        try {
            return Integer.parseInt(member.getAttribute(ClusterMember.SLOTS));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private synchronized void release(Member member) {
        busy.computeIfPresent(member.getUuid(), (uuid, n) -> n > 1 ? n - 1 : null);
    }

    private void responded(Job job, Member member, TaskResult response) {
        release(member);
        if (response.outcome() == TaskResult.Outcome.ABANDONED) {
            requeue(job, member);
        } else {
            writer.execute(() -> complete(job, response));
        }
        dispatch();
    }

    private void failed(Job job, Member member, Throwable failure) {
        release(member);
        if (departure(failure)) {
            requeue(job, member);
        } else {
            job.result.completeExceptionally(failure);
        }
        dispatch();
    }

    /** A failure that says the member is gone, not that the scenario is wrong. */
    private boolean departure(Throwable failure) {
        if (!instance.getLifecycleService().isRunning()) {
            return false; // this member is going: nowhere to resubmit
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RetryableException || t instanceof HazelcastInstanceNotActiveException) {
                return true;
            }
        }
        return false;
    }

    private synchronized void requeue(Job job, Member member) {
        job.departed.add(ClusterMember.address(member));
        if (job.departed.size() >= MAX_ATTEMPTS) {
            job.result.completeExceptionally(new RemoteFailure(MAX_ATTEMPTS + " members left while planning it ("
                    + String.join(", ", job.departed) + "): if the scenario brings its member down, give the"
                    + " workers more memory"));
            return;
        }
        log.accept("member " + ClusterMember.address(member) + " left while planning " + job.scenario.name()
                + ": submitted again");
        pending.addFirst(job);
    }

    private void complete(Job job, TaskResult response) {
        try {
            if (response.outcome() == TaskResult.Outcome.FAILED) {
                job.result.completeExceptionally(new RemoteFailure(response.error()));
                return;
            }
            FolderBytes.write(response.files(), job.outDir);
            long roundTrip = (System.nanoTime() - job.sentNanos) / 1_000_000;
            synchronized (this) {
                timings.add(new Timing(job.scenario.name(), response.member(), roundTrip, response.planMillis()));
            }
            String note = "on " + response.member() + (job.departed.isEmpty() ? ""
                    : "; resubmitted after " + String.join(", ", job.departed) + " left");
            job.result.complete(new Execution(response.exitCode(), note));
        } catch (Exception e) {
            job.result.completeExceptionally(e);
        }
    }

    /** The round trips so far, for the benchmark. */
    public synchronized List<Timing> timings() {
        return List.copyOf(timings);
    }

    @Override
    public void close() {
        instance.getCluster().removeMembershipListener(membership);
        synchronized (this) {
            pending.forEach(job -> job.result.completeExceptionally(new RemoteFailure("the batch stopped before it"
                    + " was planned")));
            pending.clear();
        }
        writer.shutdown();
    }
}
