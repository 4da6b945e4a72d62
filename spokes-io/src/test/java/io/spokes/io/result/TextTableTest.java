package io.spokes.io.result;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTableTest {
    @Test
    void numbersAreRightAlignedTextLeftAlignedAndNoLineEndsInPadding() {
        String t = new TextTable(List.of("state", "COW", "name", "capability"))
                .row(List.of("USA", "2", "United States of America", "0.123566"))
                .row(List.of("KOR", "732", "South Korea", "-"))
                .render();
        assertThat(t).isEqualTo(""
                + "state  COW  name                      capability\n"
                + "-----  ---  ------------------------  ----------\n"
                + "USA      2  United States of America    0.123566\n"
                + "KOR    732  South Korea                        -\n");
    }

    @Test
    void aTextLastColumnIsNotPaddedToTheRight() {
        String t = new TextTable(List.of("treaty", "members")).row(List.of("US-ROK", "USA KOR")).row(List.of("NATO", "USA CAN GBR FRA DEU"))
                .render();
        assertThat(t.lines()).containsExactly("treaty  members", "------  -------------------", "US-ROK  USA KOR",
                "NATO    USA CAN GBR FRA DEU");
    }

    @Test
    void aLongTextLastColumnWrapsAtSpacesAndTheSeparatorIsAsWideAsTheWidestLine() {
        // width 24: "treaty  " takes 8, so the members get 16; "USA CAN GBR FRA" is 15, adding " DEU" makes 19
        String t = new TextTable(List.of("treaty", "members")).row(List.of("US-ROK", "USA KOR"))
                .row(List.of("NATO", "USA CAN GBR FRA DEU ITA")).wrapLastColumn(24).render();
        assertThat(t.lines()).containsExactly(
                "treaty  members",
                "------  ---------------",
                "US-ROK  USA KOR",
                "NATO    USA CAN GBR FRA",
                "        DEU ITA");
    }

    @Test
    void aWordLongerThanTheRoomStaysWholeAndANarrowTableIsUntouched() {
        String t = new TextTable(List.of("treaty", "members")).row(List.of("X", "ABCDEFGHIJKLMNOPQRSTUVWXYZ AB")).wrapLastColumn(20).render();
        assertThat(t.lines()).containsExactly("treaty  members", "------  --------------------------", "X       ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                "        AB");
        TextTable narrow = new TextTable(List.of("treaty", "members")).row(List.of("US-ROK", "USA KOR"));
        assertThat(narrow.render()).isEqualTo(new TextTable(List.of("treaty", "members")).row(List.of("US-ROK", "USA KOR"))
                .wrapLastColumn(80).render());
    }
}
