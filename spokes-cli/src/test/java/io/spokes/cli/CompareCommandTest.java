package io.spokes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompareCommandTest {
    @Test
    void architecturesTableHasOneRowPerVariant() {
        Cli r = Cli.run("compare", Cli.KOREA, "--challenger", "PRK", "--target", "KOR",
                "--architectures", "hub-spoke,lattice,collective,none");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("baseline", "hub-spoke", "lattice", "collective", "none", "deterrence");
    }

    @Test
    void policiesAsJsonCarryTransformsAndCosts() throws Exception {
        Cli r = Cli.run("compare", Cli.KOREA, "--challenger", "PRK", "--target", "KOR",
                "--policies", "independence,alignment,collaboration", "--spoke", "KOR", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode variants = new ObjectMapper().readTree(r.out()).get("variants");
        assertThat(variants).hasSize(4);
        assertThat(variants.get(1).get("variant").asText()).isEqualTo("independence(KOR)");
        assertThat(variants.get(1).at("/result/transforms/0").asText()).isEqualTo("independence(KOR)");
        // independence costs g * c_KOR = 0.5 * 0.020955217 (share of world military expenditure, COW NMC 7.0 milex 2022) per year
        assertThat(variants.get(1).get("annual_cost").asDouble()).isCloseTo(0.5 * 0.020955217, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(variants.get(0).get("annual_cost").asDouble()).isZero();
    }

    @Test
    void policiesWithoutSpokeIsAnError() {
        Cli r = Cli.run("compare", Cli.KOREA, "--challenger", "PRK", "--target", "KOR", "--policies", "alignment");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--spoke");
    }

    @Test
    void unknownArchitectureIsAnError() {
        Cli r = Cli.run("compare", Cli.KOREA, "--architectures", "star");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown architecture 'star'");
    }

    @Test
    void composedPoliciesApplyInOrderAndAreRecorded() throws Exception {
        Cli r = Cli.run("compare", Cli.TOY, "--challenger", "PRK", "--target", "KOR",
                "--policies", "alignment+independence", "--spoke", "KOR", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode v = new ObjectMapper().readTree(r.out()).get("variants").get(1);
        assertThat(v.get("variant").asText()).isEqualTo("alignment(KOR)+independence(KOR)");
        assertThat(v.at("/result/transforms/0").asText()).isEqualTo("alignment(KOR)");
        assertThat(v.at("/result/transforms/1").asText()).isEqualTo("independence(KOR)");
    }

    @Test
    void helpListsTheCataloguesNames() {
        Cli r = Cli.run("compare", "--help");
        assertThat(r.code()).isZero();
        String help = r.out().replaceAll("\\s+", " ");
        assertThat(help).contains("Any of hub-spoke, lattice, collective, none.")
                .contains("Any of independence, independence-nuclear, alignment, collaboration, collaboration-defense (needs --spoke)");
    }

    @Test
    void anEmptyPartOfAComposedPolicyIsRefused() {
        Cli r = Cli.run("compare", Cli.KOREA, "--challenger", "PRK", "--target", "KOR", "--policies", "alignment+", "--spoke", "KOR");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--policies").contains("empty part in 'alignment+'");
    }
}
