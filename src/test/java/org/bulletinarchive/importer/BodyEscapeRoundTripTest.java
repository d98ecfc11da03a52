package org.bulletinarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.bulletinarchive.load.ContentText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the importer escapes in a body, the build reads back as the very same text. */
class BodyEscapeRoundTripTest {

    private static String readBack(String paragraph) {
        List<String> read = ContentText.paragraphs(List.of(MarkdownText.escape(paragraph)));
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a<b>c", "<script>alert(1)</script>", "<!-- x -->", "&amp;", "**bold**", "# 标题", "- 减号", "+ 加号", "= 等号",
            "1. 序号", "12) 序号", "１２. 全角数字", "1234567890. 十位数字", "C:\\文件\\新建", "\\", "\\\\", "\\-", "1\\.", "a\\*b", "`code` | ~~删~~ [x](y) _i_",
            "营商环境 3.0 版本", "\\<b\\>"})
    void anEscapedParagraphReadsBackAsWritten(String paragraph) {
        assertThat(readBack(paragraph)).isEqualTo(paragraph);
    }

    @Test
    void anyParagraphOfSpecialCharactersDigitsAndHanReadsBackAsWritten() {
        String alphabet = "\\`*_[]<>#|~&-+=.)(!1234567890１２ab 长沙县。";
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            // the importer's paragraphs never begin or end with a space
            String paragraph = text.toString().strip();
            if (!paragraph.isEmpty()) {
                assertThat(readBack(paragraph)).as(paragraph).isEqualTo(paragraph);
            }
        }
    }
}
