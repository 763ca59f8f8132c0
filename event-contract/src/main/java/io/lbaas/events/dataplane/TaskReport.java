package io.lbaas.events.dataplane;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** How far the data plane got with an OVH task of a load balancer: doing, done, or error with the reason. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TaskReport(String status, String reason) {
}
