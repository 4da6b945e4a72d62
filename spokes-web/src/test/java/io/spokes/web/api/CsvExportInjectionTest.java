package io.spokes.web.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spokes.web.Lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab's CSV export neutralises a crisis label a spreadsheet would run as a formula (a leading ',
 * issue 14, item 6): the export is the CLI's tidy table (io.spokes.io.result.TidyCsv through
 * io.spokes.io.csv.CsvWriter#text), so the same rule holds.
 */
class CsvExportInjectionTest {
    private static final String YAML = """
            name: inj
            year: 2020
            states:
              - {id: AAA, cow: 1, name: A, capability: 0.1}
              - {id: BBB, cow: 3, name: B, capability: 0.1}
              - {id: CCC, cow: 4, name: C, capability: 0.1}
            treaties:
              - {id: T, name: T, source: test, signed: 2000-01-01, members: [{state: CCC, obligations: [defense]}, {state: BBB, obligations: [defense]}]}
            crises:
              - {challenger: AAA, target: BBB, label: "+cmd|' /C calc'!A0"}
            """;

    @Test
    void theCsvExportNeutralisesAFormulaLabel(@TempDir Path data) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("label", "=HYPERLINK(\"http://example.com\")");
        body.putObject("request").put("yaml", YAML).put("challenger", "AAA").put("target", "BBB");
        try (Lab lab = Lab.start(data)) {
            Lab.Reply r = lab.post("/api/runs", body.toString());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            long id = r.json().path("run").path("id").asLong();
            Lab.Reply csv = lab.get("/api/runs/" + id + "/export?format=csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",'+cmd|' /C calc'!A0,"));
            assertThat(csv.body()).doesNotContain(",+cmd");
        }
    }
}
