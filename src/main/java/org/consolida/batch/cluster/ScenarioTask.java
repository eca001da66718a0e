package org.consolida.batch.cluster;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.consolida.batch.InProcessExecutor;
import org.consolida.batch.Manifest;
import org.consolida.batch.Scenario;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;

/**
 * One scenario as it travels to a member: its settings, its inventory's bytes and its rules folder's files, so that
 * the member needs nothing but the same program. The member writes them into a temporary folder, plans the scenario
 * there exactly as an in-process batch would ({@link InProcessExecutor#plan}), and sends back the files it wrote.
 */
final class ScenarioTask implements Callable<TaskResult>, Serializable, HazelcastInstanceAware {
    private static final long serialVersionUID = 1L;

    private final String manifest;
    private final Scenario scenario;
    private final String inventoryPath;
    private final byte[] inventory;
    private final String rulesPath;
    private final TreeMap<String, byte[]> rules;
    private final String version;
    private transient HazelcastInstance instance;

    private ScenarioTask(String manifest, Scenario scenario, String inventoryPath, byte[] inventory, String rulesPath,
                         TreeMap<String, byte[]> rules, String version) {
        this.manifest = manifest;
        this.scenario = scenario;
        this.inventoryPath = inventoryPath;
        this.inventory = inventory;
        this.rulesPath = rulesPath;
        this.rules = rules;
        this.version = version;
    }

    /** Packs a scenario: its rules are its own folder, else {@code defaultRules} (null or absent: none travel). */
    static ScenarioTask of(Manifest manifest, Scenario scenario, Path defaultRules, String version) throws IOException {
        Path rules = scenario.rules() != null ? scenario.rules() : defaultRules;
        boolean hasRules = rules != null && Files.isDirectory(rules);
        return new ScenarioTask(manifest.file().toString(), scenario.located(null, null),
                scenario.inventory().toString(), Files.readAllBytes(scenario.inventory()),
                rules == null ? null : rules.toString(), hasRules ? FolderBytes.read(rules) : null, version);
    }

    String scenario() {
        return scenario.name();
    }

    /** Bytes carried, for the benchmark's figures. */
    long size() {
        return inventory.length + (rules == null ? 0 : rules.values().stream().mapToLong(b -> b.length).sum());
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.instance = instance;
    }

    @Override
    public TaskResult call() {
        MemberServices services = MemberServices.of(instance);
        String member = ClusterMember.address(instance.getCluster().getLocalMember());
        long start = System.nanoTime();
        if (!version.equals(services.version())) {
            return TaskResult.failed(scenario.name(), "member " + member + " runs " + services.version()
                    + ", the batch " + version + ": run the same program everywhere", member, 0);
        }
        Path work = null;
        Path inventoryFile = null;
        Path rulesFolder = null;
        try {
            work = Files.createTempDirectory("consolida-task-");
            // The file keeps its name: the inventory's name in the reports comes from it.
            inventoryFile = work.resolve("inventory").resolve(Path.of(inventoryPath).getFileName().toString());
            Files.createDirectories(inventoryFile.getParent());
            Files.write(inventoryFile, inventory);
            rulesFolder = work.resolve("rules");
            if (rules != null) {
                Files.createDirectories(rulesFolder);
                FolderBytes.write(rules, rulesFolder);
            }
            Path out = work.resolve("out");
            services.listener().started(scenario.name());
            int exitCode = InProcessExecutor.plan(services.reader(), services.runner(), manifest,
                    scenario.located(inventoryFile, rulesFolder), out);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (Thread.currentThread().isInterrupted() || !instance.getLifecycleService().isRunning()) {
                // Stopped with the member: what the search found so far is not the plan, let another member redo it.
                return TaskResult.abandoned(scenario.name(), member, millis);
            }
            Map<String, byte[]> files = FolderBytes.read(out);
            services.listener().finished(scenario.name(), exitCode, "", millis);
            return TaskResult.planned(scenario.name(), exitCode, files, member, millis);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            String error = InProcessExecutor.describe(e);
            // Messages name the submitter's files, not this member's temporary copies.
            if (inventoryFile != null) {
                error = error.replace(inventoryFile.toString(), inventoryPath);
            }
            if (rulesFolder != null && rulesPath != null) {
                error = error.replace(rulesFolder.toString(), rulesPath);
            }
            services.listener().finished(scenario.name(), -1, error, millis);
            return TaskResult.failed(scenario.name(), error, member, millis);
        } finally {
            if (work != null) {
                FolderBytes.delete(work);
            }
        }
    }
}
