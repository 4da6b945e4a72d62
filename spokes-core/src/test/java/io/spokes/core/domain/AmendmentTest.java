package io.spokes.core.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.spokes.core.Fixtures.bilateral;
import static org.assertj.core.api.Assertions.assertThat;

class AmendmentTest {
    private static final Treaty PACT = bilateral("P", "AAA", Obligation.DEFENSE, "BBB", Obligation.DEFENSE, Institutions.NONE);

    /** One amendment of each kind. */
    private static final List<Amendment> ONE_OF_EACH = List.of(
            new Amendment.AddTreaty(PACT, "r"),
            new Amendment.RemoveTie("AAA", "BBB", "r"),
            new Amendment.AdjustTie("AAA", "BBB", 0.25, Obligation.CONSULTATION, 1.5, "r"),
            new Amendment.Bilateralize("P", "r"));

    /** Names the method the visitor called and what it was given. */
    private static final Amendment.Visitor<String> NAMES = new Amendment.Visitor<>() {
        @Override
        public String addTreaty(Amendment.AddTreaty a) {
            return "addTreaty " + a.treaty().id();
        }

        @Override
        public String removeTie(Amendment.RemoveTie a) {
            return "removeTie " + a.from() + "->" + a.to();
        }

        @Override
        public String adjustTie(Amendment.AdjustTie a) {
            return "adjustTie " + a.from() + "->" + a.to();
        }

        @Override
        public String bilateralize(Amendment.Bilateralize a) {
            return "bilateralize " + a.treaty();
        }
    };

    @Test
    void theSamplesCoverEveryPermittedKind() {
        Set<Class<?>> permitted = Arrays.stream(Amendment.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertThat(ONE_OF_EACH.stream().map(Object::getClass).collect(Collectors.toSet())).isEqualTo(permitted);
    }

    @Test
    void eachKindCallsItsOwnVisitorMethod() {
        assertThat(ONE_OF_EACH.stream().map(a -> a.accept(NAMES)).toList())
                .containsExactly("addTreaty P", "removeTie AAA->BBB", "adjustTie AAA->BBB", "bilateralize P");
    }

    @Test
    void onlyAddTreatyAddsATreaty() {
        assertThat(ONE_OF_EACH.stream().map(a -> a.addedTreaty().map(Treaty::id).orElse("-")).toList())
                .containsExactly("P", "-", "-", "-");
    }
}
