package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Reads {@code sipri_milex_current_usd_m_1949_2018.csv} (wide, Windows-1252; blank = no data). */
public final class MilitaryExpenditureReader {
    public static final Layout LAYOUT = yearColumns();

    private MilitaryExpenditureReader() {
    }

    private static Layout yearColumns() {
        List<String> columns = new ArrayList<>(List.of("Country"));
        for (int y = MilitaryExpenditure.FIRST_YEAR; y <= MilitaryExpenditure.LAST_YEAR; y++) {
            columns.add(Integer.toString(y));
        }
        return new Layout("sipri_milex_current_usd_m_1949_2018.csv", "SIPRI military expenditure 1949-2018 (2019 edition)",
                columns, 173, Charset.forName("windows-1252"));
    }

    public static List<MilitaryExpenditure> read(DataFiles files) {
        List<MilitaryExpenditure> out = new ArrayList<>(LAYOUT.rows());
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            List<OptionalDouble> values = new ArrayList<>();
            for (int y = MilitaryExpenditure.FIRST_YEAR; y <= MilitaryExpenditure.LAST_YEAR; y++) {
                values.add(r.number(Integer.toString(y)));
            }
            try {
                out.add(new MilitaryExpenditure(r.text("Country"), values));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }
}
