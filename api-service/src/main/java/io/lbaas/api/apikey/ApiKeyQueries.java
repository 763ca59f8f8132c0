package io.lbaas.api.apikey;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.tenancy.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** A caller sees its own API keys only. */
@ApplicationScoped
public class ApiKeyQueries {

    static final String RESOURCE = "api_key";

    public Uni<ApiKeyEntity> requireOwn(Caller caller, UUID id) {
        return Panache.withSession(() -> ApiKeyEntity.<ApiKeyEntity>findById(id)).map(key -> {
            if (key == null || key.revoked || !key.subject.equals(caller.actor().id())) {
                throw ApiException.notFound(RESOURCE, id);
            }
            return key;
        });
    }

    public Uni<ListApiKeysResponse> listOwn(Caller caller) {
        return Panache.withSession(() -> ApiKeyEntity.<ApiKeyEntity>list("subject = ?1 and revoked = false",
                        Sort.by("createdAt").and("id"), caller.actor().id()))
                .map(keys -> new ListApiKeysResponse(keys.stream().map(key -> ApiKeyView.of(key, null)).toList(),
                        keys.size()));
    }
}
