package io.spokes.cli.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {
    @Test
    void escapesMarkupQuotesAndNonAscii() {
        assertThat(Html.esc("A<B&C")).isEqualTo("A&lt;B&amp;C");
        assertThat(Html.esc("\"x\" 'y' >")).isEqualTo("&quot;x&quot; &#39;y&#39; &gt;");
        assertThat(Html.esc("C\u00f4te \u2192 \ud83d\ude00")).isEqualTo("C&#244;te &#8594; &#128512;");
        assertThat(Html.esc(null)).isEmpty();
    }

    @Test
    void formatsMeasuresToThreeDecimalsWithADashForNaN() {
        assertThat(Html.num(0.12345)).isEqualTo("0.123");
        assertThat(Html.num(1)).isEqualTo("1.000");
        assertThat(Html.num(-1e-12)).isEqualTo("0.000");
        assertThat(Html.fixed(-0.0, 0)).isEqualTo("0");
        assertThat(Html.num(-0.5)).isEqualTo("-0.500");
        assertThat(Html.num(-0.0004)).isEqualTo("0.000");
        assertThat(Html.num(Double.NaN)).isEqualTo(Html.DASH);
        assertThat(Html.num(Double.POSITIVE_INFINITY)).isEqualTo(Html.DASH);
    }

    @Test
    void formatsCapabilitiesAndParameters() {
        assertThat(Html.sig(0.0065412)).isEqualTo("0.006541");
        assertThat(Html.sig(0.12356574)).isEqualTo("0.1236");
        assertThat(Html.plain(5000)).isEqualTo("5000");
        assertThat(Html.plain(0.15)).isEqualTo("0.15");
        assertThat(Html.plain(1e-10)).isEqualTo("1e-10");
    }
}
