package io.spokes.data.plot;

import io.spokes.data.network.NetworkYear;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CentralizationChartTest {
    @Test
    void drawsOneSolidAndOneDashedSeriesPerRegionAsSvg() {
        List<NetworkYear> rows = List.of(
                new NetworkYear("asia", 1980, 29, 13, 13, List.of(2), 8, List.of(732, 740), 0.59, 0.04, 0.17, 0.17, 0.06, 2, 9),
                new NetworkYear("asia", 1981, 29, 13, 13, List.of(2), 8, List.of(732, 740), 0.59, Double.NaN, 0.17, 0.17, 0.06, 2, 9),
                new NetworkYear("europe", 1980, 29, 24, 103, List.of(2), 13, List.of(200), 0.21, 0.85, 0.37, 0.96, 0.9, 2, 15));
        String svg = new String(CentralizationChart.svg(rows, "test"), StandardCharsets.UTF_8);
        // VectorGraphics2D draws the text as shapes, so the check is on the document and its four line series.
        assertThat(svg).contains("<svg").contains("viewBox=\"0 0 900 480\"");
        assertThat(svg.trim()).endsWith("</svg>");
        assertThat(svg.split("<path", -1).length).isGreaterThan(4);
    }
}
