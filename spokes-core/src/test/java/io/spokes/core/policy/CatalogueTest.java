package io.spokes.core.policy;

import io.spokes.core.domain.Scenario;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy and architecture catalogues that every front end lists. */
class CatalogueTest {
    @Test
    void everyPolicyHasACodeADescriptionAndMakesItsTransformForASpoke() {
        Scenario s = HubSystems.eastAsia();
        Set<String> codes = new HashSet<>();
        for (Policy p : Policy.values()) {
            assertThat(p.code()).matches("[a-z]+(-[a-z]+)*");
            assertThat(codes.add(p.code())).as("code %s once", p.code()).isTrue();
            assertThat(p.description()).isNotBlank().doesNotContain("\n");
            assertThat(p.needsSpoke()).isTrue();
            ScenarioTransform t = p.transform("SPA");
            assertThat(t.label()).contains("SPA");
            Scenario changed = t.apply(s);
            assertThat(changed.transforms()).containsExactly(t.label());
            assertThat(Policy.parse(p.code())).isSameAs(p);
        }
        assertThat(Policy.codes()).containsExactly("independence", "independence-nuclear", "alignment", "collaboration", "collaboration-defense");
        assertThat(Policy.fullDesign()).containsExactly(Policy.INDEPENDENCE, Policy.ALIGNMENT, Policy.COLLABORATION);
    }

    @Test
    void everyArchitectureHasACodeADescriptionAndIsItsOwnTransform() {
        Set<String> codes = new HashSet<>();
        for (Architecture a : Architecture.values()) {
            assertThat(codes.add(a.code())).isTrue();
            assertThat(a.description()).isNotBlank().doesNotContain("\n");
            assertThat(a.needsSpoke()).isFalse();
            assertThat(a.transform(null)).isSameAs(a);
            assertThat(a.transform("SPA")).isSameAs(a);
        }
        assertThat(Architecture.codes()).containsExactly("hub-spoke", "lattice", "collective", "none");
        // only hub-spoke names the hub in its description (the report writes "the hub (USA)")
        assertThat(Architecture.HUB_SPOKE.description("the hub (USA)"))
                .isEqualTo("bilateral ties between the hub (USA) and each spoke only; ties among the spokes removed");
        assertThat(Architecture.LATTICE.description("the hub (USA)")).isEqualTo(Architecture.LATTICE.description());
    }
}
