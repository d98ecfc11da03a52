package org.bulletinarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lines end a paragraph and which must begin one, as the text and PDF readers decide. */
class PageBreakRepairTest {

    @ParameterizedTest(name = "{0} ends a paragraph: {1}")
    @CsvSource(delimiter = '|', value = {
            "累计完成投资2.3亿元。|true",
            "群众称赞“办事真方便！”|true",
            "累计完成投资2.3亿元。（县水利局）|true",
            "累计完成投资2.3亿元。(县水利局)|true",
            "现将有关情况通报如下。（供稿：县政务服务中心）|true",
            "将62项任务逐项明确（2023年版）|false",
            "牵头制定《东安县优化营商环境重点任务清|false",
            "办结率|false",
            "（共印 60 份）|false",
    })
    void countsAParagraphAsFinishedAtAFullStopEvenBeforeABracketedSource(String text, boolean ends) {
        assertThat(PageBreakRepair.endsParagraph(text)).isEqualTo(ends);
    }

    @ParameterizedTest(name = "{0} opens back matter: {1}")
    @CsvSource(delimiter = '|', value = {
            "报：市委、市人民政府主要领导同志。|true",
            "送：省优化办。|true",
            "发：各镇（街道），市直各单位。|true",
            "抄送：县委办公室。|true",
            "联系电话：0731-87886600|true",
            "（共印 60 份）|true",
            "(共印60份)|true",
            "共印50份|true",
            "报送材料的单位要在月底前完成。|false",
            "发展环境持续改善。|false",
    })
    void tellsABackMatterLineFromItsLabel(String line, boolean opens) {
        assertThat(PageBreakRepair.opensBackMatter(line)).isEqualTo(opens);
    }

    @ParameterizedTest(name = "{0} opens an item: {1}")
    @CsvSource(delimiter = '|', value = {
            "◆ 道县|true",
            "● 零陵区在区经济开发区推行|true",
            "一、项目建设提速|true",
            "（二）政务服务|true",
            "1. 长沙县|true",
            "2、湘江新区|true",
            "【园区服务提质增效】|true",
            "1.5倍，位居全省前列。|false",
            "一、二季度分别增长5%和6%。|false",
            "（一季度）数据显示|false",
            "91.9%。下一步将对进度滞后的项目|false",
    })
    void tellsAnItemMarkOrHeadingNumberFromTextThatMerelyStartsWithANumber(String line, boolean opens) {
        assertThat(PageBreakRepair.opensItem(line)).isEqualTo(opens);
    }
}
