package io.spokes.web.cli;

import io.spokes.io.cli.CommandLines;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** serve's argument errors are one line pointing at its help, exit 2, no usage text (issue 14, item 7). */
class ServeCommandErrorsTest {
    @ParameterizedTest
    @ValueSource(strings = {"--port x", "--bogus", "--port", "--bind", "extra", "--data-dir"})
    void anArgumentErrorIsOneLinePointingAtTheHelp(String args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLines.execute(new ServeCommand(), args.split(" "), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).matches("error: [a-z][^\n]+; see serve --help\n").doesNotContain("Usage:");
    }
}
