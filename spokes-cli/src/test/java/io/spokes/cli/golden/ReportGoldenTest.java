package io.spokes.cli.golden;

import io.spokes.cli.SpokesCommand;
import io.spokes.core.SpokesVersion;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spokes report} on each bundled scenario writes what it wrote when the golden files were
 * made: {@code results.csv} byte for byte and {@code report.html} byte for byte except two things
 * that are not the report's content. The version string is masked, so a release does not touch the
 * files. Each embedded PNG chart is replaced by its size: its pixels depend on the machine's fonts
 * and JDK, while the numbers it draws are in the report's tables and the CSV (identical bytes on one
 * machine are checked by {@code ReportCommandTest.sameSeedSameReport}).
 */
class ReportGoldenTest {
    private static final Pattern PNG = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)");

    @ParameterizedTest
    @ValueSource(strings = {"korea-2023", "toy-triangle"})
    void reportIsUnchanged(String scenario, @TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        int code = SpokesCommand.run(new String[] {"report", "../scenarios/" + scenario + ".yaml", "--out", dir.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        Golden.check("report/" + scenario + "/results.csv", maskCsv(Files.readString(dir.resolve("results.csv"))));
        Golden.check("report/" + scenario + "/report.html", maskHtml(Files.readString(dir.resolve("report.html"))));
    }

    /** The version is the last column of every row. */
    static String maskCsv(String csv) {
        return csv.replace("," + SpokesVersion.VERSION + "\n", ",{version}\n");
    }

    static String maskHtml(String html) {
        String masked = html.replace("Spokes " + SpokesVersion.VERSION, "Spokes {version}");
        Matcher m = PNG.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "data:image/png;base64,{png " + pngSize(m.group(1)) + "}");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Width x height from the PNG's IHDR chunk (bytes 16-23). */
    private static String pngSize(String base64) {
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(base64));
        return b.getInt(16) + "x" + b.getInt(20);
    }
}
