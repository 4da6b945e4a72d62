package io.spokes.core.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ParametersTest {

    @Test
    void defaultsAreTheSpecValues() {
        Parameters p = Parameters.defaults();
        assertThat(p.get(Parameter.W_DEF)).isEqualTo(0.6);
        assertThat(p.get(Parameter.W_CON)).isEqualTo(0.2);
        assertThat(p.get(Parameter.W_INST)).isEqualTo(0.2);
        assertThat(p.get(Parameter.W_SH)).isEqualTo(0.1);
        assertThat(p.get(Parameter.S)).isEqualTo(1.0);
        assertThat(p.get(Parameter.MU_THETA)).isEqualTo(0.0);
        assertThat(p.get(Parameter.SIGMA_THETA)).isEqualTo(0.5);
        assertThat(p.get(Parameter.KBAR)).isEqualTo(1.0);
        assertThat(p.get(Parameter.SIGMA_K)).isEqualTo(0.5);
        assertThat(p.get(Parameter.NUCLEAR_COST)).isEqualTo(1.0);
        assertThat(p.get(Parameter.GAMMA)).isEqualTo(1.0);
        assertThat(p.get(Parameter.CHALLENGE_COST)).isEqualTo(0.2);
        assertThat(p.get(Parameter.RHO)).isEqualTo(0.3);
        assertThat(p.get(Parameter.LAMBDA_DEP)).isEqualTo(0.3);
        assertThat(p.get(Parameter.G)).isEqualTo(0.5);
        assertThat(p.get(Parameter.PLEDGE)).isEqualTo(1.5);
        assertThat(p.get(Parameter.IOTA_STEP)).isEqualTo(0.25);
        assertThat(p.get(Parameter.TOLERANCE)).isEqualTo(1e-10);
        assertThat(p.getInt(Parameter.MAX_ITERATIONS)).isEqualTo(5000);
        assertThat(p.getInt(Parameter.EXACT_LIMIT)).isEqualTo(12);
        assertThat(p.coordination()).isEqualTo(Coordination.AUTO);
    }

    @Test
    void breachCostsFollowTheSpec() {
        Parameters p = Parameters.defaults();
        assertThat(p.lambda(Obligation.DEFENSE)).isEqualTo(0.5);
        assertThat(p.lambda(Obligation.OFFENSE)).isEqualTo(0.5);
        assertThat(p.lambda(Obligation.CONSULTATION)).isEqualTo(0.15);
        assertThat(p.lambda(Obligation.NEUTRALITY)).isEqualTo(0.05);
        assertThat(p.lambda(Obligation.NONAGGRESSION)).isEqualTo(0.0);
        assertThat(p.lambda(Obligation.NONE)).isEqualTo(0.0);
        assertThat(p.with(Parameter.LAMBDA_DEFENSE, 2.0).lambda(Obligation.DEFENSE)).isEqualTo(2.0);
    }

    @Test
    void outOfRangeParameterNamesTheRangeAndTheValue() {
        FieldException e = catchThrowableOfType(FieldException.class,
                () -> Parameters.defaults().with(Parameter.LAMBDA_DEFENSE, -1.0));
        assertThat(e.field()).isEqualTo("lambda_defense");
        assertThat(e.getMessage()).contains("lambda_defense").contains("[0, 1000000]").contains("got -1.0");

        FieldException sigma = catchThrowableOfType(FieldException.class,
                () -> Parameters.defaults().with(Parameter.SIGMA_K, 0.0));
        assertThat(sigma.field()).isEqualTo("sigma_k");
        assertThat(sigma.getMessage()).contains("must lie in [1.0E-6, 20]");

        FieldException nan = catchThrowableOfType(FieldException.class,
                () -> Parameters.defaults().with(Parameter.KBAR, Double.NaN));
        assertThat(nan.field()).isEqualTo("kbar");

        FieldException whole = catchThrowableOfType(FieldException.class,
                () -> Parameters.defaults().with(Parameter.SAMPLES, 100.5));
        assertThat(whole.field()).isEqualTo("samples");
        assertThat(whole.getMessage()).contains("whole number");
    }

    @Test
    void textualSettingParsesValidatesAndNamesUnknownSymbols() {
        Parameters p = Parameters.defaults().with("kbar", " 2 ").with("coordination", "Upper");
        assertThat(p.get(Parameter.KBAR)).isEqualTo(2.0);
        assertThat(p.coordination()).isEqualTo(Coordination.UPPER);

        FieldException unknown = catchThrowableOfType(FieldException.class, () -> Parameters.defaults().with("kappa", "1"));
        assertThat(unknown.field()).isEqualTo("kappa");
        assertThat(unknown.getMessage()).contains("unknown parameter 'kappa'").contains("kbar").contains("coordination");

        FieldException notNumber = catchThrowableOfType(FieldException.class, () -> Parameters.defaults().with("rho", "high"));
        assertThat(notNumber.field()).isEqualTo("rho");
        assertThat(notNumber.getMessage()).contains("needs a number").contains("'high'");

        FieldException badCoordination = catchThrowableOfType(FieldException.class, () -> Parameters.defaults().with("coordination", "middle"));
        assertThat(badCoordination.field()).isEqualTo("coordination");
        assertThat(badCoordination.getMessage()).contains("upper, lower or auto");
    }

    @Test
    void parametersAreImmutableValues() {
        Parameters base = Parameters.defaults();
        Parameters changed = base.with(Parameter.RHO, 0.7);
        assertThat(base.get(Parameter.RHO)).isEqualTo(0.3);
        assertThat(changed.get(Parameter.RHO)).isEqualTo(0.7);
        assertThat(changed).isNotEqualTo(base);
        assertThat(changed.with(Parameter.RHO, 0.3)).isEqualTo(base).hasSameHashCodeAs(base);
        assertThat(base.with(Coordination.LOWER)).isNotEqualTo(base);
        assertThat(base.asMap()).containsEntry("w_def", 0.6).containsEntry("samples", 4096L).containsEntry("coordination", "auto");
        assertThat(Parameter.bySymbol(" LAMBDA_DEP ")).isEqualTo(Parameter.LAMBDA_DEP);
        assertThat(Parameter.bySymbol("nope")).isNull();
    }
}
