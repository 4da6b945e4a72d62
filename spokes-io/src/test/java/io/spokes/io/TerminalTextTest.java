package io.spokes.io;

import io.spokes.io.result.TextTable;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalTextTest {
    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertThat(TerminalText.escape("\u001b[31mRED\u001b[0m")).isEqualTo("\\e[31mRED\\e[0m");
        assertThat(TerminalText.escape("a\tb\nc\rd\u0000e\u007ff\u009bg")).isEqualTo("a\\tb\\nc\\rd\\x00e\\x7ff\\x9bg");
        // a right-to-left override would reverse what follows on screen
        assertThat(TerminalText.escape("abc\u202edef")).isEqualTo("abc\\u202edef");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        String s = "Republic of Korea — 대한민국, C:\\path, 'quoted', -0.5";
        assertThat(TerminalText.escape(s)).isSameAs(s);
    }

    @Test
    void aBlockKeepsItsLineBreaksOnly() {
        assertThat(TerminalText.escapeKeepingLines("one\u001b]0;title\u0007\ntwo\n")).isEqualTo("one\\e]0;title\\x07\ntwo\n");
    }

    @Test
    void aTableEscapesItsCellsAndKeepsItsColumns() {
        String t = new TextTable(List.of("state", "value")).row(List.of("\u001b[2JX", "1.0000")).row(List.of("KOR", "2.0000")).render();
        // the escaped name is 6 characters wide, and the column with it
        assertThat(t).isEqualTo("state    value\n------  ------\n\\e[2JX  1.0000\nKOR     2.0000\n");
        assertThat(t).doesNotContain("\u001b");
    }
}
