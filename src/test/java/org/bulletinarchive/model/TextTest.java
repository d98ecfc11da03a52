package org.bulletinarchive.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How two pieces of a wrapped paragraph join (a PDF's line ends, a hand-wrapped content file). */
class TextTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "加|快建设|加快建设",
            "累计实现78|0项|累计实现780项",
            "对 12|00 余家|对 1200 余家",
            "营商环境 6.0|版|营商环境 6.0版",
            "Xi'an and|Changsha|Xi'an and Changsha",
            "version|2|version 2",
            "长沙|2023 年|长沙2023 年"})
    void joinsTheTwoPiecesOfAWrappedLine(String left, String right, String joined) {
        assertThat(Text.joinWrapped(left, right)).isEqualTo(joined);
    }
}
