package io.spokes.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate} shows whom an addressed obligation is owed to, and counts only the ties it makes. */
class ValidateAddresseesTest {
    @TempDir
    Path dir;

    @Test
    void aDeclarationShowsItsAddresseesAndMakesOneTiePerGiver() throws IOException {
        Path file = dir.resolve("gss.yaml");
        Files.writeString(file, """
                name: pledge
                year: 1953
                states:
                  - {id: USA, cow: 2, name: United States, capability: 0.5}
                  - {id: GBR, cow: 200, name: United Kingdom, capability: 0.1}
                  - {id: KOR, cow: 732, name: South Korea, capability: 0.01}
                treaties:
                  - id: GSS
                    name: Joint Policy Declaration
                    signed: 1953-07-27
                    source: test fixture
                    members:
                      - {state: USA, obligations: [defense, consultation], owes: {defense: [KOR]}}
                      - {state: GBR, obligations: [defense], owes: {defense: [KOR]}}
                      - {state: KOR, obligations: [none]}
                """);
        Cli r = Cli.run("validate", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("USA(consultation+defense->KOR) GBR(defense->KOR) KOR(none)");
        // USA->KOR, USA->GBR (consultation, owed to every member), GBR->KOR
        assertThat(r.out()).contains("3 directed ties");
    }
}
