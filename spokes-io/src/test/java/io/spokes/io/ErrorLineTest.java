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

    @Test
    void anUnwritableOutputIsBadInputWithItsReason() {
        OutputException e = OutputException.of(java.nio.file.Path.of("/ro/x.csv"),
                new java.nio.file.AccessDeniedException("/ro/.x.csv123.tmp"));
        assertThat(ErrorLine.of(e)).isEqualTo("error: cannot write /ro/x.csv: permission denied (in /ro)");
        assertThat(ErrorLine.exitCode(e)).isEqualTo(ErrorLine.BAD_INPUT);
    }

    @Test
    void anArgumentErrorIsOneLinePointingAtTheHelp() {
        assertThat(ErrorLine.ofArgument("Missing required option: '--target=ID'", "spokes crisis"))
                .isEqualTo("error: missing required option: '--target=ID'; see spokes crisis --help");
        assertThat(ErrorLine.ofArgument("Unknown options: '--a', '--b'\n  and more\n", "spokes"))
                .isEqualTo("error: unknown options: '--a', '--b'; and more; see spokes --help");
    }

    @Test
    void aNameWithControlCharactersIsPrintedEscapedOnOneLine() {
        FieldException e = new FieldException("states[0].id", "unknown state '\u001b[31mX\nY'");
        assertThat(ErrorLine.of(e)).isEqualTo("error: states[0].id: unknown state '\\e[31mX\\nY'");
        assertThat(ErrorLine.of(new IllegalStateException("two\nlines"))).doesNotContain("\n");
    }
}
