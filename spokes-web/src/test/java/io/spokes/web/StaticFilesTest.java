package io.spokes.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The page and its WebJars are served; nothing outside the page's folder is, however the path is spelt. */
class StaticFilesTest {
    @RegisterExtension
    static final Lab lab = Lab.perClass();

    @Test
    void thePageAndItsLibrariesAreServedFromTheJar() {
        Lab.Reply page = lab.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Spokes lab</title>");
        Lab.Reply cy = lab.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
        assertThat(cy.status()).isEqualTo(200);
        assertThat(cy.header("Content-Type")).contains("javascript");
        assertThat(lab.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../pom.xml", "/../../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/..%2f..%2fpom.xml", "/%2e%2e%2f%2e%2e%2fpom.xml",
        "/..\\..\\pom.xml", "/%252e%252e/pom.xml", "/../LabServer.class", "/%2e%2e/LabServer.class",
        "/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "//etc/passwd",
        "/io/spokes/web/LabServer.class", "/webjars/../io/spokes/web/LabServer.class", "/webjars/%2e%2e/%2e%2e/io/spokes/web/LabServer.class",
        "/META-INF/MANIFEST.MF", "/webjars/../../META-INF/MANIFEST.MF", "/index.html/../../LabServer.class", "/.%2e/.%2e/pom.xml",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/pom.xml", "/file:/etc/passwd"})
    void nothingOutsideThePageFolderIsServed(String path) {
        String reply = lab.raw("GET " + path + " HTTP/1.1", "127.0.0.1");
        String status = reply.substring(0, reply.indexOf("\r\n"));
        assertThat(status).as(path).doesNotContain(" 200 ");
        assertThat(reply).as(path).doesNotContain("root:x:0:0").doesNotContain("spokes-parent").doesNotContain("Manifest-Version")
                .doesNotContain("\u00ca\u00fe\u00ba\u00be");
    }
}
