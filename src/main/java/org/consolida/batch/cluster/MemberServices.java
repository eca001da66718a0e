package org.consolida.batch.cluster;

import java.nio.file.Path;
import java.util.function.Function;

import org.consolida.batch.ScenarioRunner;
import org.consolida.inventory.Inventory;

import com.hazelcast.core.HazelcastInstance;

/**
 * What a member plans tasks with, kept in its Hazelcast user context (a task is data; the code that plans it is this
 * member's own): the inventory reader, the pipeline, the program version, and who hears about tasks.
 */
record MemberServices(Function<Path, Inventory> reader, ScenarioRunner runner, String version, TaskListener listener) {
    static final String KEY = "consolida.services";

    static MemberServices of(HazelcastInstance instance) {
        Object services = instance.getUserContext().get(KEY);
        if (!(services instanceof MemberServices found)) {
            throw new IllegalStateException("this member was not started by Consolida: it cannot plan scenarios");
        }
        return found;
    }
}
