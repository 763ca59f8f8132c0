package io.lbaas.api.ovh.task;

import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.service.OvhServices;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads of the {@code ovh_task} read model, and what is staged but not applied yet. */
@ApplicationScoped
public class TaskQueries {

    /**
     * OVH objects of the LB changed (created, updated, deleted; a server's change moves its farm too) after its
     * last refresh: what a refresh would apply.
     */
    private static final String PENDING = """
            SELECT count(*) FROM (
                SELECT updated_at FROM ovh_farm WHERE lb_id = ?1
                UNION ALL SELECT updated_at FROM ovh_server WHERE lb_id = ?1
                UNION ALL SELECT updated_at FROM ovh_frontend WHERE lb_id = ?1
                UNION ALL SELECT updated_at FROM ovh_ssl WHERE lb_id = ?1
                UNION ALL SELECT updated_at FROM ovh_route WHERE lb_id = ?1
                UNION ALL SELECT updated_at FROM ovh_rule WHERE lb_id = ?1) AS changed
            WHERE updated_at > coalesce((SELECT max(created_at) FROM ovh_task
                                         WHERE lb_id = ?1 AND action = 'refreshIplb'), '-infinity')""";

    /** What {@code GET .../task} filters on; every filter may be absent. */
    public record Filter(String action, String status, Instant createdFrom, Instant createdTo, Instant doneFrom,
                         Instant doneTo) {
    }

    public Uni<Long> nextId(UUID lbId) {
        return OvhServices.nextId("TaskEntity", "taskId", lbId);
    }

    public Uni<Optional<TaskEntity>> find(UUID lbId, long taskId) {
        return Panache.withSession(() -> TaskEntity.<TaskEntity>find("lbId = ?1 and taskId = ?2", lbId, taskId)
                .firstResult()).map(Optional::ofNullable);
    }

    public Uni<TaskEntity> require(UUID lbId, long taskId) {
        return find(lbId, taskId).map(task -> task.orElseThrow(() -> OvhException.notFound(
                "The requested object (id = " + taskId + ") does not exist")));
    }

    /** The ids of the LB's tasks that pass {@code filter}, oldest first. */
    public Uni<List<Long>> ids(UUID lbId, Filter filter) {
        StringBuilder hql = new StringBuilder("select t.taskId from TaskEntity t where t.lbId = :lb");
        Map<String, Object> parameters = new HashMap<>(Map.of("lb", lbId));
        condition(hql, parameters, "t.action = :action", "action", filter.action());
        condition(hql, parameters, "t.status = :status", "status", filter.status());
        condition(hql, parameters, "t.createdAt >= :createdFrom", "createdFrom", filter.createdFrom());
        condition(hql, parameters, "t.createdAt <= :createdTo", "createdTo", filter.createdTo());
        condition(hql, parameters, "t.doneAt >= :doneFrom", "doneFrom", filter.doneFrom());
        condition(hql, parameters, "t.doneAt <= :doneTo", "doneTo", filter.doneTo());
        return OvhServices.longs(hql.append(" order by t.taskId").toString(), parameters);
    }

    /** How many changes of the LB's OVH configuration its data plane does not run yet. */
    public Uni<Long> pendingChanges(LbEntity lb) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(PENDING, Long.class).setParameter(1, lb.id).getSingleResult()));
    }

    private static void condition(StringBuilder hql, Map<String, Object> parameters, String condition, String name,
                                  Object value) {
        if (value != null) {
            hql.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }
}
