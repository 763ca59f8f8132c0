package io.lbaas.dataplane.desired;

import io.lbaas.events.log.EventLogConfig;
import io.lbaas.events.log.EventLogPartitioner;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The partitions of the log assigned to this agent, so the projects (and their LBs) it owns now. Agents on one host
 * share its HAProxys: an LB running here that this agent does not own belongs to another agent, which adopts it.
 */
@Singleton
public class Assignment {

    private final Set<Integer> partitions = new HashSet<>();
    private final int partitionCount;

    Assignment(EventLogConfig log) {
        this.partitionCount = log.partitions();
    }

    synchronized void assigned(Collection<Integer> added) {
        partitions.addAll(added);
    }

    synchronized void revoked(Collection<Integer> removed) {
        partitions.removeAll(removed);
    }

    public synchronized boolean owns(UUID project) {
        return partitions.contains(EventLogPartitioner.partitionFor(project, partitionCount));
    }
}
