package io.lbaas.events.ovh;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lbaas.events.Upcaster;

import java.util.Map;

/**
 * Names shared by the events of OVH applications and their credentials (the OVH API's AK/AS/CK scheme). Like API
 * keys, they belong to an organization rather than to one project: their events carry the organization's id as their
 * project id, so that everything of one organization's OVH access is ordered on one partition.
 */
public final class OvhEvents {

    public static final String APPLICATION = "ovh_application";
    public static final String CREDENTIAL = "ovh_credential";

    /** Upcasters of the OVH events, by event type and the schema version they read. */
    public static final Map<String, Map<Integer, Upcaster>> UPCASTERS = Map.of(
            "OvhFrontendCreated", Map.of(1, OvhEvents::frontendSpecWithoutDefaultSsl),
            "OvhFrontendUpdated", Map.of(1, OvhEvents::frontendSpecWithoutDefaultSsl));

    private OvhEvents() {
    }

    /** Version 1 of the OVH frontend events came before SSL certificates: no frontend had a default one. */
    private static ObjectNode frontendSpecWithoutDefaultSsl(ObjectNode payload) {
        ((ObjectNode) payload.get("spec")).putNull("default_ssl_id");
        return payload;
    }
}
