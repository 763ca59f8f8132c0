package io.lbaas.events.ovh;

/**
 * Names shared by the events of OVH applications and their credentials (the OVH API's AK/AS/CK scheme). Like API
 * keys, they belong to an organization rather than to one project: their events carry the organization's id as their
 * project id, so that everything of one organization's OVH access is ordered on one partition.
 */
public final class OvhEvents {

    public static final String APPLICATION = "ovh_application";
    public static final String CREDENTIAL = "ovh_credential";

    private OvhEvents() {
    }
}
