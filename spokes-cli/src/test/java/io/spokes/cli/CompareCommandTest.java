package io.spokes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** The bundled Korea scenario with two variants appended (test fixtures, not claims about the world). */
    private static Path withVariants(Path dir, String terms) throws IOException {
        String variants = """

                variants:
                  - name: aligned-collaborating
                    description: test fixture
                    terms: [%s]
                  - name: no-aus-pledge
                    amendments:
                      - remove_tie: {from: USA, to: AUS}
                """.formatted(terms);
        return Files.writeString(dir.resolve("korea-variants.yaml"), Files.readString(Path.of(Cli.KOREA)) + variants);
    }

    @Test
    void scenarioVariantsRunBesideThePoliciesAndAgreeWithTheSameCompositionWrittenAsOptions(@TempDir Path dir) throws Exception {
        Path file = withVariants(dir, "alignment(KOR), collaboration(KOR)");
        Cli r = Cli.run("compare", file.toString(), "--challenger", "PRK", "--target", "KOR", "--format", "json",
                "--policies", "alignment+collaboration", "--spoke", "KOR", "--variants", "aligned-collaborating,no-aus-pledge");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode variants = new ObjectMapper().readTree(r.out()).get("variants");
        assertThat(variants).hasSize(4);
        assertThat(variants.get(0).get("variant").asText()).isEqualTo("baseline");
        assertThat(variants.get(1).get("variant").asText()).isEqualTo("alignment(KOR)+collaboration(KOR)");
        assertThat(variants.get(2).get("variant").asText()).isEqualTo("aligned-collaborating");
        assertThat(variants.get(3).get("variant").asText()).isEqualTo("no-aus-pledge");
        // the scenario's variant is the same composition as the options: the same transforms, the same solved crisis
        assertThat(variants.get(2).get("result")).isEqualTo(variants.get(1).get("result"));
        assertThat(variants.get(2).get("annual_cost")).isEqualTo(variants.get(1).get("annual_cost"));
        assertThat(variants.get(3).at("/result/transforms/0").asText()).isEqualTo("no-aus-pledge");
        assertThat(variants.get(3).get("result")).isNotEqualTo(variants.get(0).get("result"));
    }

    @Test
    void anUnknownVariantIsOneLineListingTheScenariosVariants(@TempDir Path dir) throws IOException {
        Cli r = Cli.run("compare", withVariants(dir, "lattice").toString(), "--variants", "aligned-collaborating,greater-sanction");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: command line: --variants: unknown variant 'greater-sanction'; "
                + "the scenario defines aligned-collaborating, no-aus-pledge\n");
        Cli none = Cli.run("compare", Cli.KOREA, "--variants", "x");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--variants: unknown variant 'x'; the scenario defines no variants").hasLineCount(1);
    }

    @Test
    void aVariantWhosePolicyNamesNoSpokeOfAHubIsTheFilesFault(@TempDir Path dir) throws IOException {
        Path file = withVariants(dir, "alignment(USA)");
        Cli r = Cli.run("compare", file.toString(), "--challenger", "PRK", "--target", "KOR", "--variants", "aligned-collaborating");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + file + ":").contains("variants[0]: variant 'aligned-collaborating': ")
                .contains("'USA' is not a spoke of any hub").hasLineCount(1);
    }

    @Test
    void policiesWrittenWithTheirSpokeAndPartnersNeedNoSpokeOption() throws Exception {
        Cli r = Cli.run("compare", Cli.KOREA, "--challenger", "PRK", "--target", "KOR", "--format", "json",
                "--policies", "collaboration(KOR; with=JPN),collaboration(KOR; with=JPN+AUS+PHL),collaboration", "--spoke", "KOR");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode variants = new ObjectMapper().readTree(r.out()).get("variants");
        assertThat(variants.get(1).get("variant").asText()).isEqualTo("collaboration(KOR; with=JPN)");
        // naming every other spoke of the US (korea-2023.yaml: KOR, JPN, AUS, PHL) is collaboration's default
        assertThat(variants.get(2).get("result")).isNotEqualTo(variants.get(1).get("result"));
        assertThat(variants.get(2).at("/result/deterrence")).isEqualTo(variants.get(3).at("/result/deterrence"));
        assertThat(variants.get(2).at("/result/entrapment")).isEqualTo(variants.get(3).at("/result/entrapment"));
        Cli noSpoke = Cli.run("compare", Cli.KOREA, "--challenger", "PRK", "--target", "KOR", "--policies", "alignment(KOR)");
        assertThat(noSpoke.code()).as(noSpoke.err()).isZero();
        assertThat(noSpoke.out()).contains("alignment(KOR)");
    }
}
