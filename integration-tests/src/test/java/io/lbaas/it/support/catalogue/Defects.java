package io.lbaas.it.support.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * What the API must refuse in each sort of field, from Scaleway's spec (§3, §6, §7) and the limits this
 * deployment documents: wrong JSON types, values out of range, malformed identifiers and addresses, too many
 * elements. Only values no reading of the spec accepts: a nullable field never gets null, a duration field
 * never gets a numeric string (both are valid there).
 */
final class Defects {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final JsonNode NULL = NODES.nullNode();
    /** Longer than any name or description of the API allows. */
    private static final String OVERLONG = "x".repeat(20_000);

    private Defects() {
    }

    /** A name the API requires (updates): absent, null, blank, too long or not a string. */
    static List<BodyDefect> requiredName(String path) {
        List<BodyDefect> defects = new ArrayList<>(name(path));
        defects.addAll(of("required", path, null, NULL, text(""), text("   ")));
        return defects;
    }

    /** A name that creations generate when it is missing, so only a wrong type or length is wrong. */
    static List<BodyDefect> name(String path) {
        return List.of(defect("overlong", path, text(OVERLONG)), defect("wrong type", path, NODES.numberNode(5)),
                defect("wrong type", path, NODES.booleanNode(true)), defect("wrong type", path, NODES.arrayNode()),
                defect("wrong type", path, NODES.objectNode()));
    }

    /** A text that may be left out (descriptions): too long or not a string. */
    static List<BodyDefect> optionalText(String path) {
        return name(path);
    }

    static List<BodyDefect> port(String path) {
        List<BodyDefect> defects = new ArrayList<>(optionalPort(path));
        defects.addAll(of("required", path, null, NULL));
        return defects;
    }

    /** A port that defaults when left out (a health check's): out of range or not an integer. */
    static List<BodyDefect> optionalPort(String path) {
        return of("port", path, number(0), number(65_536), number(-1), huge(), NODES.numberNode(80.5),
                text("80"), NODES.booleanNode(true), NODES.arrayNode().add(80));
    }

    /** An integer between {@code min} and {@code max} that defaults when left out. */
    static List<BodyDefect> count(String path, long min, long max) {
        return of("count", path, number(min - 1), number(max + 1), huge(), NODES.numberNode(1.5), text("3"),
                NODES.booleanNode(false));
    }

    /** An integer the API requires. */
    static List<BodyDefect> requiredCount(String path, long min, long max) {
        List<BodyDefect> defects = new ArrayList<>(count(path, min, max));
        defects.addAll(of("required", path, null, NULL));
        return defects;
    }

    /** Milliseconds, as a number, a numeric string or "1.5s" (§1): negative, beyond a day, or no duration. */
    static List<BodyDefect> millis(String path) {
        return of("duration", path, number(-1), number(86_400_001L), huge(), text("soon"), text("-5s"),
                text("1.5.5s"), NODES.booleanNode(true), NODES.arrayNode().add(1000), NODES.objectNode());
    }

    /** A protobuf duration in seconds ("0.5s"): negative or no duration. */
    static List<BodyDefect> seconds(String path) {
        return of("duration", path, text("-1s"), text("soon"), text("1.5.5s"), NODES.booleanNode(true),
                NODES.arrayNode().add("1s"), NODES.objectNode());
    }

    /** An enum of §7 that defaults when left out. */
    static List<BodyDefect> enumeration(String path) {
        return of("enum", path, text("no_such_value"), text("TCP-ISH"), NODES.numberNode(1),
                NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode());
    }

    static List<BodyDefect> requiredEnumeration(String path) {
        List<BodyDefect> defects = new ArrayList<>(enumeration(path));
        defects.addAll(of("required", path, null, NULL));
        return defects;
    }

    static List<BodyDefect> bool(String path) {
        return of("wrong type", path, text("true"), NODES.numberNode(1), text("yes"), NODES.arrayNode(),
                NODES.objectNode());
    }

    /** An identifier the API requires: missing, empty, malformed, of nothing, or not a string. */
    static List<BodyDefect> requiredId(String path) {
        List<BodyDefect> defects = new ArrayList<>(optionalId(path));
        defects.addAll(of("required", path, null, NULL, text("")));
        return defects;
    }

    /** An identifier of something that need not exist yet (a private network): only its form can be wrong. */
    static List<BodyDefect> requiredMalformedId(String path) {
        List<BodyDefect> defects = new ArrayList<>(malformedId(path));
        defects.addAll(of("required", path, null, NULL, text("")));
        return defects;
    }

    /** An identifier that may be left out: malformed, of nothing, or not a string. */
    static List<BodyDefect> optionalId(String path) {
        List<BodyDefect> defects = new ArrayList<>(malformedId(path));
        defects.add(defect("unknown id", path, text(UUID.randomUUID().toString())));
        return defects;
    }

    static List<BodyDefect> malformedId(String path) {
        return of("id", path, text("not-a-uuid"), text("1234"), text("00000000-0000-0000-0000-00000000000g"),
                text(UUID.randomUUID() + "0"), NODES.numberNode(42), NODES.arrayNode(), NODES.objectNode());
    }

    static List<BodyDefect> ids(String path) {
        return of("id list", path, strings("not-a-uuid"), strings(UUID.randomUUID().toString()),
                text(UUID.randomUUID().toString()), NODES.objectNode(), NODES.arrayNode().add(5),
                NODES.arrayNode().add(NULL));
    }

    /** IPAM ids: from another service, so any well-formed one may exist; but one at most (§3.52). */
    static List<BodyDefect> ipamIds(String path) {
        return of("id list", path, strings("not-a-uuid"), strings(UUID.randomUUID().toString(),
                UUID.randomUUID().toString()), text(UUID.randomUUID().toString()), NODES.objectNode(),
                NODES.arrayNode().add(5), NODES.arrayNode().add(NULL));
    }

    /**
     * Backend servers: malformed addresses, CIDRs where an address belongs, or not a list of strings. The empty
     * string and inet_aton's shorthands ("10.1", hexadecimal, octal, one integer) are no address either:
     * Scaleway's clients send dotted quads.
     */
    static List<BodyDefect> serverIps(String path) {
        return of("ip", path, strings("10.0.0.256"), strings("not-an-ip"), strings("10.0.0.0/24"), strings(""),
                strings("2001:db8::g"), strings("10.0.0.1", "10.0.0.1.1"), strings("localhost"), strings("10.1"),
                strings("0x0a.0.0.1"), strings("010.0.0.1"), strings("167772161"), text("10.0.0.1"),
                NODES.objectNode(), NODES.arrayNode().add(5), NODES.arrayNode().add(NULL));
    }

    /** Backend servers beyond LB-S's 50 per backend (the estate's LB is an LB-S). */
    static List<BodyDefect> tooManyServers(String path) {
        return of("over limit", path, list(51, i -> "10.9." + (i / 200) + "." + (i % 200 + 1)));
    }

    /** IP addresses or CIDRs: malformed, a range, or more than 100 of them. */
    static List<BodyDefect> subnets(String path) {
        return of("cidr", path, strings("10.0.0.0/33"), strings("1.2.3"), strings("::g"), strings("10.0.0.300"),
                strings("10.0.0.0/8/8"), strings("10.0.0.1-10.0.0.5"), strings("2001:db8::/129"), strings(""),
                strings("0x0a.0.0.0/8"), strings("167772160/8"), strings("10.0.0.0/255.0.0.0.0"),
                text("10.0.0.0/8"), NODES.arrayNode().add(5), NODES.arrayNode().add(NULL),
                list(101, i -> "10." + (i / 250) + "." + (i % 250) + ".0/24"));
    }

    static List<BodyDefect> tags(String path) {
        return of("tags", path, text("tag"), NODES.objectNode(), NODES.arrayNode().add(5), NODES.arrayNode().add(NULL),
                strings(""),
                strings("t".repeat(129)), list(65, i -> "tag-" + i));
    }

    /** An object (health check, match, config): a list, a text or a number instead. */
    static List<BodyDefect> object(String path) {
        return of("wrong type", path, NODES.arrayNode(), text("object"), NODES.numberNode(1),
                NODES.booleanNode(true));
    }

    static List<BodyDefect> requiredObject(String path) {
        List<BodyDefect> defects = new ArrayList<>(object(path));
        defects.addAll(of("required", path, null, NULL));
        return defects;
    }

    /** A list of objects (setAcls' acls): an object, a text or null instead. */
    static List<BodyDefect> requiredList(String path) {
        return of("wrong type", path, NODES.objectNode(), text("acls"), NULL, null);
    }

    /** A second member of a one-of group whose first member the valid body already has. */
    static List<BodyDefect> secondOneOf(String path, JsonNode member) {
        return of("one-of", path, member);
    }

    static List<BodyDefect> secondOneOf(String path, String memberJson) {
        return of("one-of", path, parse(memberJson));
    }

    /** Let's Encrypt names: no host name, or more than 100 of them. */
    static List<BodyDefect> domains(String path) {
        return of("domain", path, strings("not a host"), strings("a..example.com"), strings("-x.example.com"),
                text("x.example.com"), NODES.arrayNode().add(5), NODES.arrayNode().add(NULL),
                list(101, i -> "n" + i + ".example.com"));
    }

    /** A DNS name that may be null (an IP's reverse: null gives back the default). */
    static List<BodyDefect> domain(String path) {
        return of("domain", path, text("not a host"), text(""), text("a..example.com"), text("x".repeat(300)),
                text("-x.example.com"), NODES.numberNode(5), NODES.arrayNode());
    }

    static List<BodyDefect> requiredDomain(String path) {
        List<BodyDefect> defects = new ArrayList<>(domain(path));
        defects.addAll(of("required", path, null, NULL));
        return defects;
    }

    /** A custom certificate chain that is no PEM bundle of a certificate and its key. */
    static List<BodyDefect> pem(String path, String certificateWithoutKey, String certificateWithOthersKey) {
        return of("pem", path, text("hello"), text(""), text(certificateWithoutKey), text(certificateWithOthersKey),
                text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
                text("-----BEGIN CERTIFICATE-----\n" + "QUJD".repeat(40)), NODES.numberNode(5), NULL);
    }

    static List<BodyDefect> email(String path) {
        return of("email", path, text("not-an-address"), text(""), text("a@"), NODES.numberNode(5), NULL);
    }

    /** Webhook targets: not a URL, not HTTP, or into the API's own network. */
    static List<BodyDefect> webhook(String path) {
        return of("uri", path, text("not a uri"), text("ftp://93.184.215.14/x"), text("http://127.0.0.1:8080/x"),
                text("http://169.254.169.254/latest"), text(""), NODES.numberNode(5), NULL);
    }

    /** An offer (LB type) required by migrateLb. */
    static List<BodyDefect> offer(String path) {
        List<BodyDefect> defects = new ArrayList<>(optionalOffer(path));
        defects.addAll(of("required", path, null, NULL, text("")));
        return defects;
    }

    /** An offer that defaults when left out (createLb): none of this deployment's. */
    static List<BodyDefect> optionalOffer(String path) {
        return of("offer", path, text("LB-XXL"), text("lb s"), NODES.numberNode(5), NODES.arrayNode());
    }

    static List<BodyDefect> redirectCode(String path) {
        return of("count", path, number(200), number(304), number(-1), huge(), text("301"));
    }

    static List<BodyDefect> of(String kind, String path, JsonNode... values) {
        return Arrays.stream(values).map(value -> defect(kind, path, value)).toList();
    }

    private static BodyDefect defect(String kind, String path, JsonNode value) {
        return new BodyDefect(kind, path, value);
    }

    static JsonNode text(String value) {
        return NODES.textNode(value);
    }

    static JsonNode number(long value) {
        return NODES.numberNode(value);
    }

    /** Beyond any integer the API reads (64 bits). */
    private static JsonNode huge() {
        return NODES.numberNode(new BigInteger("99999999999999999999999"));
    }

    static ArrayNode strings(String... values) {
        ArrayNode array = NODES.arrayNode();
        Arrays.stream(values).forEach(array::add);
        return array;
    }

    static ArrayNode list(int size, IntFunction<String> element) {
        return strings(IntStream.range(0, size).mapToObj(element).toArray(String[]::new));
    }

    static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

}
