package io.lbaas.api.lb;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Finds an LB's offer by its type, as written by any client (case does not matter), and enforces its limits. */
@ApplicationScoped
public class Offers {

    private final LbConfig config;

    Offers(LbConfig config) {
        this.config = config;
    }

    public Optional<LbConfig.Offer> find(String type) {
        return config.types().entrySet().stream().filter(offer -> offer.getKey().equalsIgnoreCase(type))
                .map(Map.Entry::getValue).findFirst();
    }

    public LbConfig.Offer of(LbEntity lb) {
        return find(lb.type).orElseThrow(() -> new IllegalStateException("LB " + lb.id + " has unknown type "
                + lb.type + ": was it removed from lbaas.lb.types?"));
    }

    /** The offer a new LB gets, or a problem naming {@code type} if there is no such offer. */
    String validType(String requested, Arguments arguments) {
        if (requested == null || requested.isEmpty()) {
            return config.defaultType();
        }
        if (find(requested).isEmpty()) {
            arguments.problem("type", Arguments.CONSTRAINT, "must be one of "
                    + String.join(", ", new TreeSet<>(config.types().keySet())));
        }
        return requested;
    }

    /** Refuses a change that would make {@code count} of {@code resource} exceed {@code limit}. */
    public static void requireWithin(String resource, long count, long limit) {
        if (count > limit) {
            throw ApiException.quotaExceeded(resource, limit, count);
        }
    }
}
