package io.lbaas.events.dataplane;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** What the data plane saw of a load balancer: its status and, for {@code error}, why. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LbStatusReport(String status, String reason) {
}
