package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.List;
import java.util.UUID;

/**
 * A user signed in and granted a pending consumer key: from now on it acts as that identity, with the projects and
 * roles it had then, within the credential's access rules.
 */
@EventType(name = "OvhCredentialValidated", version = 1, aggregate = OvhEvents.CREDENTIAL)
public record OvhCredentialValidated(
        String subject,
        String subjectName,
        String subjectType,
        List<UUID> projectIds,
        List<String> roles) implements EventPayload {
}
