package io.spokes.core.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StateTest {

    @Test
    void negativeCapabilityIsRejectedNamingTheStateAndTheFix() {
        FieldException e = catchThrowableOfType(FieldException.class,
                () -> new State("KOR", 732, "South Korea", -0.5, false, "CINC"));
        assertThat(e.field()).isEqualTo("capability");
        assertThat(e.getMessage()).contains("KOR").contains("positive").contains("-0.5");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void zeroOrNonFiniteCapabilityIsRejected(double capability) {
        FieldException e = catchThrowableOfType(FieldException.class,
                () -> new State("JPN", 740, "Japan", capability, false, ""));
        assertThat(e.field()).isEqualTo("capability");
        assertThat(e.getMessage()).contains("positive finite number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "USAA", "U1A", "", "kor", "KO"})
    void idMustBeThreeCapitalLetters(String id) {
        FieldException e = catchThrowableOfType(FieldException.class,
                () -> new State(id, 2, "Somewhere", 0.1, false, ""));
        assertThat(e.field()).isEqualTo("id");
        assertThat(e.getMessage()).contains("ISO 3166-1 alpha-3").contains("'" + id + "'");
    }

    @Test
    void nullIdIsRejected() {
        assertThatThrownBy(() -> new State(null, 2, "X", 0.1, false, ""))
                .isInstanceOf(FieldException.class)
                .hasMessageContaining("ISO 3166-1 alpha-3");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -2, 1000})
    void cowCodeMustBeInRange(int cow) {
        FieldException e = catchThrowableOfType(FieldException.class,
                () -> new State("USA", cow, "United States", 0.14, true, ""));
        assertThat(e.field()).isEqualTo("cow");
        assertThat(e.getMessage()).contains("between 1 and 999").contains(Integer.toString(cow));
    }

    @Test
    void blankNameIsRejected() {
        FieldException e = catchThrowableOfType(FieldException.class, () -> new State("USA", 2, " ", 0.14, true, ""));
        assertThat(e.field()).isEqualTo("name");
        assertThat(e.getMessage()).contains("USA").contains("needs a name");
    }

    @Test
    void withersReturnChangedCopies() {
        State s = new State("KOR", 732, "South Korea", 0.02, false, null);
        assertThat(s.source()).isEmpty();
        State armed = s.withCapability(0.03).withNuclear(true);
        assertThat(armed.capability()).isEqualTo(0.03);
        assertThat(armed.nuclear()).isTrue();
        assertThat(armed.id()).isEqualTo("KOR");
        assertThat(s.capability()).isEqualTo(0.02);
        assertThat(s.nuclear()).isFalse();
    }
}
