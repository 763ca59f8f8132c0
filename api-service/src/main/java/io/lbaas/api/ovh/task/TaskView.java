package io.lbaas.api.ovh.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/** OVH's {@code ipLoadbalancing.Task.Task}; {@code doneDate} is null until the task is over. */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TaskView(long id, String action, String status, long progress, Instant creationDate, Instant doneDate,
                       List<String> zones) {

    static TaskView of(TaskEntity task) {
        return new TaskView(task.taskId, task.action, task.status, "done".equals(task.status) ? 100 : 0,
                task.createdAt, task.doneAt, task.zones);
    }
}
