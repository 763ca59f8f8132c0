package io.lbaas.api.ovh.application;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.tenancy.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** A caller sees the OVH applications it registered; anyone holding an application key finds its application. */
@ApplicationScoped
public class OvhApplicationQueries {

    static final String RESOURCE = "ovh_application";

    public Uni<OvhApplicationEntity> requireOwn(Caller caller, UUID id) {
        return Panache.withSession(() -> OvhApplicationEntity.<OvhApplicationEntity>findById(id)).map(application -> {
            if (application == null || application.deleted || !application.subject.equals(caller.actor().id())) {
                throw ApiException.notFound(RESOURCE, id);
            }
            return application;
        });
    }

    public Uni<List<OvhApplicationEntity>> listOwn(Caller caller) {
        return Panache.withSession(() -> OvhApplicationEntity.<OvhApplicationEntity>list(
                "subject = ?1 and deleted = false", Sort.by("createdAt").and("id"), caller.actor().id()));
    }

    /** The live application of this key, or null. */
    public Uni<OvhApplicationEntity> findByKey(String applicationKey) {
        return Panache.withSession(() -> OvhApplicationEntity.<OvhApplicationEntity>find(
                "applicationKey = ?1 and deleted = false", applicationKey).firstResult());
    }
}
