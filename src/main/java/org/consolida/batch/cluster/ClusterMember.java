package org.consolida.batch.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;

import org.consolida.batch.ScenarioRunner;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;

/**
 * An embedded Hazelcast member: it joins the listed members over TCP/IP (no multicast, no auto-detection, no phone
 * home), advertises how many scenarios it plans at once and which program it runs, and plans the tasks it is given.
 * The member inside {@code batch --cluster} also submits them ({@link #executor}); a {@code worker} only serves.
 */
public final class ClusterMember implements AutoCloseable {
    static final String EXECUTOR = "consolida-scenarios";
    static final String SLOTS = "consolida.slots";
    static final String VERSION = "consolida.version";

    private final HazelcastInstance instance;
    private final Settings settings;

    /**
     * How to join and serve.
     *
     * @param members     the members to contact (host or host:port)
     * @param port        the port to listen on; null: {@value MemberList#DEFAULT_PORT} or the next free one above it
     * @param clusterName members join only a cluster of the same name
     * @param slots       scenarios this member plans at once
     * @param version     the program version; members plan only for a batch of the same version
     */
    public record Settings(List<String> members, Integer port, String clusterName, int slots, String version) {
        public Settings {
            members = List.copyOf(members);
            if (slots < 1) {
                throw new IllegalArgumentException("a member plans at least one scenario at once, was " + slots);
            }
        }
    }

    private ClusterMember(HazelcastInstance instance, Settings settings) {
        this.instance = instance;
        this.settings = settings;
    }

    /** Starts a member and joins the cluster; returns once it is a member (alone, if no one else answered). */
    public static ClusterMember start(Settings settings, Function<Path, Inventory> reader, ScenarioRunner runner,
                                      TaskListener listener) {
        // Hazelcast logs through java.util.logging unless told otherwise before its first logger exists.
        System.setProperty("hazelcast.logging.type", "slf4j");
        Config config = new Config();
        config.setClusterName(settings.clusterName());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        // Listen on the interface that reaches the listed members, not on every interface of the machine.
        config.setProperty("hazelcast.socket.bind.any", "false");
        // A member that dies is noticed within seconds, and its scenarios go elsewhere.
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
        // Members started at the same moment may form two clusters; let them merge soon rather than in 5 minutes.
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "10");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "10");
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port() != null ? settings.port() : MemberList.DEFAULT_PORT);
        network.setPortAutoIncrement(settings.port() == null);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());
        config.getJetConfig().setEnabled(false);
        config.addExecutorConfig(new ExecutorConfig(EXECUTOR).setPoolSize(settings.slots()).setStatisticsEnabled(false));
        config.getMemberAttributeConfig().setAttribute(SLOTS, String.valueOf(settings.slots()));
        config.getMemberAttributeConfig().setAttribute(VERSION, settings.version());
        // Tasks arrive as Java-serialised objects: accept only ours and the JDK's (Hazelcast's default list).
        config.getSerializationConfig().setJavaSerializationFilterConfig(new JavaSerializationFilterConfig()
                .setWhitelist(new ClassFilter().addPrefixes("org.consolida.")));
        ConcurrentHashMap<String, Object> context = new ConcurrentHashMap<>();
        context.put(MemberServices.KEY, new MemberServices(reader, runner, settings.version(), listener));
        config.setUserContext(context);
        try {
            return new ClusterMember(Hazelcast.newHazelcastInstance(config), settings);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("--cluster", "", "cannot start a cluster member"
                    + (settings.port() != null ? " on port " + settings.port() : "") + ": " + e.getMessage());
        }
    }

    /** Submits scenarios to the members with free slots, this one included; {@code log} hears about departures. */
    public ClusterExecutor executor(Path defaultRules, Consumer<String> log) {
        return new ClusterExecutor(instance, defaultRules, settings.version(), log);
    }

    /** This member as host:port. */
    public String address() {
        return address(instance.getCluster().getLocalMember());
    }

    /** The members of the cluster now, as host:port, this one included. */
    public List<String> members() {
        return instance.getCluster().getMembers().stream().map(ClusterMember::address).toList();
    }

    /** Blocks until the member shuts down (the worker's way of serving until it is stopped). */
    public void awaitShutdown() throws InterruptedException {
        CountDownLatch down = new CountDownLatch(1);
        instance.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
                down.countDown();
            }
        });
        if (instance.getLifecycleService().isRunning()) {
            down.await();
        }
    }

    @Override
    public void close() {
        instance.shutdown();
    }

    static String address(Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }
}
