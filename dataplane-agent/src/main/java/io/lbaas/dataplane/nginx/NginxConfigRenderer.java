package io.lbaas.dataplane.nginx;

import io.lbaas.dataplane.host.Templates;
import io.quarkus.qute.Template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the nginx configuration of an LB's UDP side from the template {@code templates/nginx-udp.conf}. A
 * listener whose upstream has no server is left out: nginx refuses an empty upstream, and a listener without one
 * would have nowhere to send datagrams.
 */
public final class NginxConfigRenderer {

    private final Template template = Templates.parse("templates/nginx-udp.conf");
    private final String streamModule;

    /** {@code streamModule}: the dynamic module to load, or empty when nginx was built with the stream module. */
    public NginxConfigRenderer(String streamModule) {
        this.streamModule = streamModule;
    }

    /** What the template reads of an upstream: its name and its servers as {@code address:port}. */
    public record UpstreamView(String name, List<String> servers) {
    }

    /** What the template reads of a listener: its {@code listen} addresses and its access rules, in order. */
    public record ListenerView(List<String> binds, List<String> rules, String upstream) {
    }

    public String render(UdpConfig udp, Path pidFile) {
        Map<String, UdpConfig.Upstream> serving = udp.upstreams().stream()
                .filter(upstream -> !upstream.servers().isEmpty())
                .collect(Collectors.toMap(UdpConfig.Upstream::name, Function.identity()));
        List<ListenerView> listeners = udp.listeners().stream()
                .filter(listener -> serving.containsKey(listener.upstream()))
                .map(NginxConfigRenderer::listener).toList();
        Set<String> used = listeners.stream().map(ListenerView::upstream).collect(Collectors.toSet());
        List<UpstreamView> upstreams = udp.upstreams().stream().filter(upstream -> used.contains(upstream.name()))
                .map(upstream -> new UpstreamView(upstream.name(), upstream.servers().stream()
                        .map(server -> endpoint(server.address(), server.port())).toList()))
                .toList();
        return template.data("module", streamModule).data("pid", pidFile.toAbsolutePath().toString())
                .data("upstreams", upstreams).data("listeners", listeners).render();
    }

    private static ListenerView listener(UdpConfig.Listener listener) {
        List<String> binds = new ArrayList<>();
        for (String address : listener.addresses()) {
            listener.ports().forEach(port -> binds.add(endpoint(address, port)));
        }
        List<String> rules = new ArrayList<>();
        listener.denied().forEach(source -> rules.add("deny " + source));
        listener.allowed().forEach(source -> rules.add("allow " + source));
        if (!listener.allowed().isEmpty()) {
            rules.add("deny all");
        }
        return new ListenerView(binds, rules, listener.upstream());
    }

    private static String endpoint(String address, int port) {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }
}
