package org.bulletinarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The masthead forms offices print, each read to the same series, number, total, issuer and date. */
class MastheadTest {

    /** Blocks from lines separated by '|'. */
    private static List<Block> blocks(String lines) {
        List<Block> blocks = new ArrayList<>();
        int line = 1;
        for (String text : lines.split("\\|")) {
            blocks.add(new Block(text, line));
            line += 2;
        }
        blocks.add(new Block("长沙坚持把优化营商环境作为一号工程。", line));
        return blocks;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "工作专报|第 17 期|市优化办|2023 年 9 月 28 日;             工作专报;   17; 0;  市优化办;   2023-09-28",
            "工作专报|第十七期|市优化办|二〇二三年九月二十八日;          工作专报;   17; 0;  市优化办;   2023-09-28",
            "工作专报|第 八 期|市优化办|2022年09月14日;                  工作专报;   8;  0;  市优化办;   2022-09-14",
            "工作专报|（第21期）|省协调中心|2023年10月12日;              工作专报;   21; 0;  省协调中心; 2023-10-12",
            "工作简报|2023年第17期（总第58期）|市优化办|2023年9月28日;   工作简报;   17; 58; 市优化办;   2023-09-28",
            "工作动态|2024年第5期 总第105期|市优化办 2024年3月15日;      工作动态;   5;  105; 市优化办;  2024-03-15",
            "营商环境动态|20期|市优化办 2023年10月9;                     营商环境动态; 20; 0; 市优化办;  2023-10-09",
            "每日要情|1886 期|市政府办|2023.9.28;                         每日要情;   1886; 0; 市政府办;  2023-09-28",
            "督察通报第十七期|县政府督查室 2023年9月28日;                 督察通报;   17; 0;  县政府督查室; 2023-09-28",
            "工作专报（第17期）|市优化办|2023年9月28日;                   工作专报;   17; 0;  市优化办;   2023-09-28",
            "内部资料|注意保存|工作简报|第 3 期|市优化办|2024年1月5日;     工作简报;   3;  0;  市优化办;   2024-01-05",
            "工作简报|总第3307期|县委办公室|2024年5月6日;                 工作简报;   3307; 0; 县委办公室; 2024-05-06",
            "工作简报|（总第3307期）|县委办公室|2024年5月6日;             工作简报;   3307; 0; 县委办公室; 2024-05-06",
            "工作简报总第3307期|县委办公室 2024年5月6日;                  工作简报;   3307; 0; 县委办公室; 2024-05-06",
            "工作简报|第 3 期|县委办公室编印　2024年5月6日;               工作简报;   3;  0;  县委办公室编印; 2024-05-06",
            "工作简报|第 3 期|县委办公室|2024年5月6日编印;                工作简报;   3;  0;  县委办公室; 2024-05-06",
            "工作简报|第 3 期|县委办公室|2024年5月6日印发;                工作简报;   3;  0;  县委办公室; 2024-05-06",
            "工作简报|第 3 期|县委办公室 2024年5月6日编;                  工作简报;   3;  0;  县委办公室; 2024-05-06",
    })
    void readsTheMastheadFormsOfficesPrint(String lines, String series, int number, int total, String issuer, String date) throws Exception {
        Masthead.Result m = Masthead.read(blocks(lines), "x.txt");
        assertThat(m.series()).isEqualTo(series);
        assertThat(m.number()).isEqualTo(number);
        assertThat(m.totalNumber()).isEqualTo(total);
        assertThat(m.issuer()).isEqualTo(issuer);
        assertThat(m.date()).hasToString(date);
    }

    @Test
    void readsARunningNumberStandingAloneAsTheIssueNumberAndSaysSo() throws Exception {
        Masthead.Result m = Masthead.read(blocks("督查专报|总第3307期|县委办公室编印 2024年5月6日"), "x.txt");
        assertThat(m.series()).isEqualTo("督查专报");
        assertThat(m.numberText()).isEqualTo("总第3307期");
        Masthead.Field number = m.fields().stream().filter(f -> f.part() == Masthead.Part.NUMBER).findFirst().orElseThrow();
        assertThat(number.text()).isEqualTo("总第3307期");
        assertThat(number.note()).contains("running number");
        // with a number of the year beside it, 总第 stays the second number and no note is needed
        Masthead.Result both = Masthead.read(blocks("督查专报|2024年第5期（总第3307期）|县委办公室|2024年5月6日"), "x.txt");
        assertThat(both.number()).isEqualTo(5);
        assertThat(both.totalNumber()).isEqualTo(3307);
        assertThat(both.fields()).allMatch(f -> f.note().isEmpty());
    }

    @Test
    void readsADateFollowedByBianyinAndKeepsItAsPrinted() throws Exception {
        Masthead.Result m = Masthead.read(blocks("工作简报|第 3 期|县委办公室|2024年5月6日编印"), "x.txt");
        assertThat(m.dateText()).isEqualTo("2024年5月6日编印");
        assertThat(m.dateHasDay()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "工作专报|二期工程开工|2023年9月28日;  no issue number",
            "工作专报|第 17 期|市优化办;          no date",
            "工作专报|第 17 期|2023年2月30日;     is not a real date",
            "第 17 期|2023年9月28日;              no series title",
    })
    void refusesAMastheadItCannotReadWithTheLineAndWhatToDo(String lines, String problem) {
        assertThatThrownBy(() -> Masthead.read(blocks(lines), "x.txt"))
                .isInstanceOf(ImportException.class).hasMessageContaining("x.txt:").hasMessageContaining(problem);
    }
}
