package io.lbaas.api.acl;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.frontend.FrontendQueries;
import io.lbaas.api.frontend.FrontendView;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.ChildFilter;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventCodec;
import io.lbaas.events.acl.AclSpec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Reads of the {@code acl} read model, always within what the caller may see. */
@ApplicationScoped
public class AclQueries {

    static final String RESOURCE = "lb_acl";

    private final FrontendQueries frontends;
    private final EventCodec codec = new EventCodec();

    AclQueries(FrontendQueries frontends) {
        this.frontends = frontends;
    }

    /** An ACL with its settings and its frontend (which carries its backend and load balancer). */
    public record Found(AclEntity acl, AclSpec spec, FrontendQueries.Found frontend) {

        AclView view() {
            return AclView.of(acl, spec, frontend.view());
        }
    }

    public Uni<Found> require(Caller caller, Locality locality, UUID id) {
        return Panache.withSession(() -> AclEntity.<AclEntity>findById(id))
                .chain(acl -> {
                    if (acl == null || acl.deleted || !locality.contains(acl.region, acl.zone)
                            || !caller.mayAccess(acl.organizationId, acl.projectId)) {
                        throw ApiException.notFound(RESOURCE, id);
                    }
                    return frontends.require(caller, locality, acl.frontendId)
                            .map(frontend -> new Found(acl, spec(acl), frontend));
                });
    }

    public Uni<ListAclResponse> list(Caller caller, Locality locality, UUID frontendId, String name,
                                     PageRequest page) {
        return frontends.require(caller, locality, frontendId).chain(frontend -> {
            ChildFilter filter = ChildFilter.of("frontendId", frontendId, name);
            FrontendView frontendView = frontend.view();
            return Panache.withSession(() -> AclEntity.<AclEntity>find(filter.query(), page.order().sort(),
                            filter.parameters()).page(page.page() - 1, page.size()).list()
                    .chain(acls -> AclEntity.count(filter.query(), filter.parameters()).map(total ->
                            new ListAclResponse(acls.stream()
                                    .map(acl -> AclView.of(acl, spec(acl), frontendView)).toList(), total))));
        });
    }

    /** Every ACL of a frontend, in the order they apply (the answer to setAcls). */
    public Uni<ListAclResponse> allOf(Caller caller, Locality locality, UUID frontendId) {
        return frontends.require(caller, locality, frontendId).chain(frontend -> liveOf(frontendId).map(acls -> {
            FrontendView frontendView = frontend.view();
            return new ListAclResponse(acls.stream().map(acl -> AclView.of(acl, spec(acl), frontendView)).toList(),
                    acls.size());
        }));
    }

    /** The live ACLs of a frontend, in the order they apply. */
    public Uni<List<AclEntity>> liveOf(UUID frontendId) {
        return Panache.withSession(() -> AclEntity.list(
                "frontendId = ?1 and deleted = false order by position, createdAt, id", frontendId));
    }

    private AclSpec spec(AclEntity acl) {
        return codec.fromJson(acl.spec, AclSpec.class);
    }
}
