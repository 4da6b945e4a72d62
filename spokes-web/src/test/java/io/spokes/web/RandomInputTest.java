package io.spokes.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random damage to real requests: a scenario document and a crisis request with values
 * replaced by wrong types, extremes, NaN-like text, huge numbers, nulls and deep nesting. Whatever
 * the damage, the answer is 200 or a 4xx with a message — never a 500.
 */
class RandomInputTest {
    private static final Set<Integer> ACCEPTABLE = Set.of(200, 400, 404, 413, 422);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @RegisterExtension
    static final Lab lab = Lab.perClass();
    static ObjectNode document;

    @BeforeAll
    static void start() {
        document = (ObjectNode) lab.get("/api/scenarios/toy-triangle").json().path("document");
    }

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void damagedRequestsGetAnAnswerNeverA500(long seed) {
        Random rng = new Random(seed);
        ObjectNode doc = document.deepCopy();
        for (int i = 0; i < 1 + rng.nextInt(3); i++) {
            damage(doc, rng);
        }
        ObjectNode req = Json.object().put("challenger", "PRK").put("target", "KOR");
        req.set("document", doc);
        ObjectNode params = req.putObject("parameters");
        params.set(List.of("kbar", "sigma_k", "samples", "max_iterations", "exact_limit", "coordination", "tolerance").get(rng.nextInt(7)), value(rng));
        if (rng.nextBoolean()) {
            req.set(List.of("seed", "architectures", "policies", "spoke", "challenger").get(rng.nextInt(5)), value(rng));
        }
        for (String path : List.of("/api/validate", "/api/compare", "/api/crisis", "/api/yaml")) {
            ObjectNode body = path.equals("/api/validate") || path.equals("/api/yaml") ? Json.object().set("document", doc) : req;
            Lab.Reply r = lab.post(path, Json.write(body));
            assertThat(r.status()).as("%s seed %d: %s", path, seed, r).isIn(ACCEPTABLE);
            if (r.status() != 200) {
                assertThat(r.message()).as(r.toString()).isNotBlank();
            }
        }
    }

    /** Replaces one value somewhere in the tree with a damaging one. */
    private static void damage(ObjectNode root, Random rng) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(rng.nextInt(containers.size()));
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            o.set(keys.get(rng.nextInt(keys.size())), value(rng));
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            if (rng.nextInt(4) == 0) {
                a.remove(rng.nextInt(a.size()));
            } else {
                a.set(rng.nextInt(a.size()), value(rng));
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            n.forEach(c -> collect(c, out));
        }
    }

    private static JsonNode value(Random rng) {
        return switch (rng.nextInt(16)) {
            case 0 -> F.textNode("NaN");
            case 1 -> F.numberNode(1e308);
            case 2 -> F.numberNode(-1e308);
            case 3 -> F.numberNode(Long.MAX_VALUE);
            case 4 -> F.numberNode(new java.math.BigInteger("9".repeat(40)));
            case 5 -> F.nullNode();
            case 6 -> F.arrayNode().add(1).add("x");
            case 7 -> F.objectNode().put("x", 1);
            case 8 -> F.textNode("");
            case 9 -> F.textNode("x".repeat(5_000));
            case 10 -> F.numberNode(-1);
            case 11 -> F.numberNode(0);
            case 12 -> F.booleanNode(true);
            case 13 -> F.textNode("../../etc/passwd");
            case 14 -> F.numberNode(0.5);
            default -> {
                JsonNode deep = F.numberNode(1);
                for (int i = 0; i < 40; i++) {
                    deep = F.arrayNode().add(deep);
                }
                yield deep;
            }
        };
    }
}
