package io.spokes.data.dyad;

import io.spokes.data.atop.AtopMemberReader;
import io.spokes.data.atop.AtopStateYear;
import io.spokes.data.atop.AtopStateYearReader;
import io.spokes.data.source.DataFiles;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The state-years computed from the member file equal ATOP's own atop5_1sy.csv, row for row. */
class AtopStateYearsTest {
    @Test
    void computedStateYearsEqualAtopsStateYearFile() {
        DataFiles files = DataFiles.bundled();
        Map<Integer, AtopStateYear> computed = AtopStateYears.compute(AtopMemberReader.read(files));
        List<AtopStateYear> published = AtopStateYearReader.read(files);
        assertThat(computed).hasSize(published.size());
        for (AtopStateYear p : published) {
            AtopStateYear c = computed.get(p.year() * 1000 + p.state());
            assertThat(c).as("state %d in %d", p.state(), p.year()).isEqualTo(p);
        }
    }
}
