package io.lbaas.api.lb;

import io.lbaas.api.ip.IpEntity;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.ip.IpDetached;
import io.lbaas.events.ip.IpReleased;
import io.lbaas.events.lb.LbRemoved;

import java.util.ArrayList;
import java.util.List;

/**
 * The end of a deleted LB: its flexible IPs are released or detached, as its deletion asked, only now that nothing
 * listens on them any more (an address reused earlier could not be bound by its next LB), then the LB goes.
 */
public final class LbRemoval {

    private LbRemoval() {
    }

    /** {@code lbVersion}: the version the LB's removal takes (after the events of the same decision before it). */
    public static List<EventEnvelope> of(LbEntity lb, boolean releaseIps, long lbVersion, EventContext context,
                                         String reason) {
        List<EventEnvelope> events = new ArrayList<>();
        for (IpEntity ip : lb.ips) {
            events.add(context.envelope(ip.id, ip.version + 1, releaseIps ? new IpReleased() : new IpDetached()));
        }
        events.add(context.envelope(lb.id, lbVersion, new LbRemoved(reason)));
        return events;
    }
}
