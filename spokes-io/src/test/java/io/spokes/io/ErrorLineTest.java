package io.spokes.io;

import io.spokes.core.domain.FieldException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorLineTest {
    @Test
    void aDomainErrorIsBadInputNamingItsField() {
        FieldException e = new FieldException("treaties[0].milinst", "treaty 'T': milinst is ATOP's 0, 1 or 2, got 3");
        assertThat(ErrorLine.of(e)).isEqualTo("error: treaties[0].milinst: treaty 'T': milinst is ATOP's 0, 1 or 2, got 3");
        assertThat(ErrorLine.exitCode(e)).isEqualTo(ErrorLine.BAD_INPUT);
        assertThat(ErrorLine.of(new FieldException("", "unknown region 'x'"))).isEqualTo("error: unknown region 'x'");
    }

    @Test
    void aJdkIllegalArgumentIsAnInternalErrorNotTheUsersMistake() {
        // FieldException is not an IllegalArgumentException, so a JDK one (here a NumberFormatException) is never shown as bad input.
        assertThat(new FieldException("x", "y")).isNotInstanceOf(IllegalArgumentException.class);
        NumberFormatException bug = new NumberFormatException("For input string: \"x\"");
        assertThat(ErrorLine.of(bug)).startsWith("internal error (NumberFormatException)");
        assertThat(ErrorLine.exitCode(bug)).isEqualTo(ErrorLine.FAILURE);
    }
}
