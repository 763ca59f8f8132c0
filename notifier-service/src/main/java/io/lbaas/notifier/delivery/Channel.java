package io.lbaas.notifier.delivery;

import io.smallrye.mutiny.Uni;

/** One way of telling a subscriber: webhook or e-mail. An attempt never fails its Uni; it says how it went. */
public interface Channel {

    /** {@link Delivery#WEBHOOK} or {@link Delivery#EMAIL}. */
    String name();

    Uni<Attempt> attempt(Delivery delivery);
}
