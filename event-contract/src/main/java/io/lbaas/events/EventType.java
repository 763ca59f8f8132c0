package io.lbaas.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a payload on the log and gives the schema version it is written with. When a payload's shape
 * changes, its version goes up and an {@link Upcaster} from the previous version joins {@link EventCatalog}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String name();

    int version();

    /** The aggregate this event belongs to, as written in the envelope's {@code aggregate_type}. */
    String aggregate();
}
