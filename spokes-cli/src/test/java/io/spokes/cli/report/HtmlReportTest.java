package io.spokes.cli.report;

import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.policy.Variant;
import io.spokes.core.study.Comparison;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    private static Scenario scenario;
    private static String html;

    @BeforeAll
    static void render() {
        scenario = ReportFixture.scenario();
        html = ReportFixture.report(scenario).render();
    }

    @Test
    void namesEveryVariantAndEveryState() {
        for (var v : Comparison.fullDesign(scenario.spokes())) {
            assertThat(html).contains(">" + v.name() + "<");
        }
        assertThat(html).contains("independence(KOR)", "alignment(KOR)", "collaboration(KOR)", "hub-spoke", "lattice", "collective");
        for (State s : scenario.states()) {
            assertThat(html).contains(">" + s.id() + "<");
        }
    }

    @Test
    void highlightsTheBaselineRowOfEachCrisis() {
        int rows = count(html, "<tr class=\"baseline\"><th scope=\"row\">baseline</th>");
        assertThat(rows).isEqualTo(scenario.crises().size());
    }

    @Test
    void drawsOneNodePerStateAndOneEdgePerTie() {
        String svg = html.substring(html.indexOf("<svg class=\"network\""), html.indexOf("</svg>"));
        AllianceNetwork network = new AllianceNetwork(scenario);
        assertThat(count(svg, "<g class=\"state ")).isEqualTo(scenario.states().size());
        assertThat(count(svg, "<path class=\"tie ")).isEqualTo(network.ties().size()).isPositive();
        assertThat(svg).contains("<g class=\"state hub\"><title>USA: United States of America");
        assertThat(svg).contains("class=\"tie defense\"", "class=\"tie offense\"", "class=\"tie consultation\"", "class=\"tie weak\"");
        assertThat(svg).contains("USA &#8594; KOR: defense");
        assertThat(svg).contains("class=\"legend\"");
    }

    @Test
    void escapesSpecialCharacters() {
        assertThat(html).contains("A&lt;B&amp;C", "Mutual Defense Treaty &lt;US &amp; ROK&gt;", "A test of &lt;the&gt; report",
                "made up &quot;for&quot; the test");
        assertThat(html).doesNotContain("A<B&C", "<US & ROK>", "<the>");
    }

    @Test
    void renderingIsDeterministic() {
        assertThat(ReportFixture.report(scenario).render()).isEqualTo(html);
    }

    @Test
    void isSelfContained() {
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"?\\s*(https?:)?//");
        assertThat(html).doesNotContainPattern("(?i)<script|<link|<iframe|@import|url\\(\\s*['\"]?https?:");
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
        assertThat(html.chars().allMatch(c -> c == '\n' || (c >= 32 && c < 127))).as("pure ASCII").isTrue();
    }

    @Test
    void embedsChartsAsPngWithAltTextAndCaption() {
        Matcher m = Pattern.compile("<figure class=\"chart\"><img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" width=\"\\d+\" "
                + "height=\"\\d+\" alt=\"([^\"]+)\"><figcaption>[^<]+</figcaption></figure>").matcher(html);
        List<byte[]> images = new ArrayList<>();
        while (m.find()) {
            images.add(Base64.getDecoder().decode(m.group(1)));
            assertThat(m.group(2)).isNotBlank();
        }
        // Per crisis: variants, intervention q, kbar sensitivity.
        assertThat(images).hasSize(3 * scenario.crises().size());
        assertThat(count(html, "data:image/png;base64,")).isEqualTo(images.size());
        for (byte[] png : images) {
            assertThat(png.length).isGreaterThan(1000);
            assertThat(new byte[] {png[0], png[1], png[2], png[3]}).containsExactly(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void showsProvenanceAndSelectionRules() {
        assertThat(html).contains("ATOP 5.1 atopid 2900", "COW NMC 7.0", "Thompson and Dreyer 2012", ">2900<", ">732<");
        assertThat(html).contains("bases/troops, nuclear umbrella, consultation mechanism, ATOP milinst 2");
        assertThat(html).contains("<strong>USA</strong>: defense<br><strong>KOR</strong>: defense");
        assertThat(html).contains("docs/model.md");
        // the scenario's own description and works cited, escaped
        assertThat(html).contains("<p class=\"scenario-description\">A fixture for &lt;report&gt; tests &amp; nothing else.</p>",
                "<li>Leeds et al. 2002 &lt;ATOP&gt;</li>", "<li>Singer et al. 1972 (COW NMC)</li>");
        var outcomes = new Comparison(scenario, ReportFixture.SEED).run(List.of(Variant.baseline()), scenario.crises());
        for (var o : outcomes) {
            assertThat(html).contains(Html.esc(o.result().selectionRule()));
        }
    }

    @Test
    void listsEveryParameterAndMarksChangedOnes() {
        for (Parameter p : Parameter.values()) {
            assertThat(html).contains("<code>" + p.symbol() + "</code>");
        }
        assertThat(html).doesNotContain("<tr class=\"changed\">").contains("Every parameter has its default value.");

        Scenario changed = ReportFixture.scenario(Parameters.defaults().with(Parameter.RHO, 0.45));
        String other = ReportFixture.report(changed).render();
        assertThat(count(other, "<tr class=\"changed\">")).isEqualTo(1);
        assertThat(other).contains("<tr class=\"changed\"><th scope=\"row\"><code>rho</code></th><td class=\"num\"><strong>0.45</strong>");
    }

    @Test
    void hasNoDateAndStatesSeedAndVersion() {
        assertThat(html).contains("seed " + ReportFixture.SEED, "Spokes " + io.spokes.core.SpokesVersion.VERSION);
        assertThat(html).doesNotContainPattern("20[0-9]{2}-[01][0-9]-[0-3][0-9]T");
    }

    @Test
    void elementsAreBalanced() {
        Set<String> voids = Set.of("meta", "br", "img", "hr", "input", "link", "col", "wbr");
        Deque<String> open = new ArrayDeque<>();
        String body = html.substring(html.indexOf("<html"));
        Matcher m = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>").matcher(body);
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            if (!m.group(1).isEmpty()) {
                assertThat(open).as("closing </" + name + "> at " + m.start()).isNotEmpty();
                assertThat(open.pop()).as("closing </" + name + "> at " + m.start()).isEqualTo(name);
            } else if (!voids.contains(name) && m.group(3).isEmpty()) {
                open.push(name);
            }
        }
        assertThat(open).isEmpty();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
