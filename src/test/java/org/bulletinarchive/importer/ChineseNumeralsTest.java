package org.bulletinarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"17, 17", "１７, 17", "十七, 17", "十, 10", "二十, 20", "二十八, 28", "一百零五, 105", "一百一十, 110", "二〇二三, 2023", "九, 9"})
    void readsTheNumbersMastheadsPrint(String text, int value) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"十十七", "七十十", "二二十", "十七十", "百百", "一百百五", "十七期", "x"})
    void refusesNumeralsThatAreNoNumber(String text) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(-1);
    }
}
