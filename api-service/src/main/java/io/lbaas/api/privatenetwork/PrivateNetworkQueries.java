package io.lbaas.api.privatenetwork;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.lb.LbView;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Reads of the {@code private_network_attachment} read model, through the load balancer the caller may see. */
@ApplicationScoped
public class PrivateNetworkQueries {

    static final String RESOURCE = "lb_private_network";

    private final LbQueries lbs;

    PrivateNetworkQueries(LbQueries lbs) {
        this.lbs = lbs;
    }

    public Uni<ListLbPrivateNetworksResponse> list(Caller caller, Locality locality, UUID lbId, PageRequest page) {
        return lbs.require(caller, locality, lbId).chain(lb -> {
            LbView lbView = LbView.of(lb);
            String query = "lbId = ?1 and deleted = false";
            return Panache.withSession(() -> PrivateNetworkEntity.<PrivateNetworkEntity>find(query,
                            page.order().sort(), lbId).page(page.page() - 1, page.size()).list()
                    .chain(attachments -> PrivateNetworkEntity.count(query, lbId).map(total ->
                            new ListLbPrivateNetworksResponse(attachments.stream()
                                    .map(attachment -> PrivateNetworkView.of(attachment, lbView)).toList(), total))));
        });
    }

    /** The attachment of a load balancer the caller may see to a private network; 404 if there is none. */
    public Uni<PrivateNetworkView> require(Caller caller, Locality locality, UUID lbId, UUID privateNetworkId) {
        return lbs.require(caller, locality, lbId).chain(lb -> liveOf(lbId).map(attachments -> attachments.stream()
                .filter(attachment -> attachment.privateNetworkId.equals(privateNetworkId)).findFirst()
                .map(attachment -> PrivateNetworkView.of(attachment, LbView.of(lb)))
                .orElseThrow(() -> ApiException.notFound(RESOURCE, privateNetworkId))));
    }

    /** The live attachments of a load balancer. */
    public Uni<List<PrivateNetworkEntity>> liveOf(UUID lbId) {
        return Panache.withSession(() -> PrivateNetworkEntity.list("lbId = ?1 and deleted = false", lbId));
    }
}
