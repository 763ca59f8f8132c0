package io.lbaas.it.badinput;

import io.lbaas.it.support.catalogue.Form;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Requests that look invalid and that the API does not refuse: kept out of generation, each under the bug it
 * shows (remove an entry when its bug is fixed) or the choice it is, so that the property guards everything
 * else.
 */
final class KnownBugs {

    private static final List<Bug> BUGS = List.of(
            /*
             * Not a bug, a choice: an empty body or a JSON null is taken for {} by createLb, createIp and the
             * regional attachPrivateNetwork, whose fields all have defaults (the zoned attach needs
             * private_network_id), as a create without a body means "with the defaults" to curl users.
             */
            new Bug("no body taken for {}", invalid -> invalid.category().equals("body: not an object")
                    && Set.of("body ", "body null").contains(invalid.detail())
                    && (Set.of("createLb", "createIp").contains(invalid.operation().name())
                    || invalid.operation().name().equals("attachPrivateNetwork")
                    && invalid.operation().form() == Form.REGIONAL)));

    private KnownBugs() {
    }

    static boolean excludes(InvalidRequest invalid) {
        return BUGS.stream().anyMatch(bug -> bug.shows().test(invalid));
    }

    private record Bug(String name, Predicate<InvalidRequest> shows) {
    }
}
