package org.bulletinarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.json.Json;

class TokenizerTest {

    /**
     * The vectors shared with src/test/js/tokenizer.test.js; their "phrases" (the runs the browser checks in a result's
     * stored text, 2023年) are the client's alone, since the index has no part in them.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> vectors() throws Exception {
        return new Json().toType(Files.readString(Path.of("src/test/resources/search/tokenizer-vectors.json")), List.class);
    }

    @TestFactory
    Stream<DynamicTest> agreesWithEverySharedTestVector() throws Exception {
        return vectors().stream().map(v -> DynamicTest.dynamicTest((String) v.get("name"), () -> {
            String input = (String) v.get("input");
            assertThat(Tokenizer.indexTerms(input)).as("index terms of %s", input).isEqualTo(v.get("index"));
            assertThat(Tokenizer.queryTerms(input)).as("query terms of %s", input).isEqualTo(v.get("query"));
        }));
    }

    @Test
    void sharedVectorsCoverTheCasesTheBriefNames() throws Exception {
        List<Object> inputs = vectors().stream().map(v -> v.get("input")).toList();
        assertThat(inputs).contains("营商环境", "粤港澳", "市", "2023年", "ＡＢＣ１２３", "联系电话：0746-8358692",
                "营商环境 6.0 版", "“一件事一次办”，容缺办！");
    }

    @TestFactory
    Stream<DynamicTest> givesTheHanBigramsOfTheIndexTermsAsNumbers() throws Exception {
        return vectors().stream().map(v -> DynamicTest.dynamicTest((String) v.get("name"), () -> {
            String input = (String) v.get("input");
            List<String> bigrams = Tokenizer.indexTerms(input).stream()
                    .filter(t -> t.codePointCount(0, t.length()) == 2 && Tokenizer.isHan(t.codePointAt(0))).toList();
            List<String> decoded = Arrays.stream(Tokenizer.hanBigrams(input))
                    .mapToObj(b -> new String(new int[] {(int) (b >>> 21), (int) (b & 0x1FFFFF)}, 0, 2)).toList();
            assertThat(decoded).as("Han bigrams of %s", input).isEqualTo(bigrams);
        }));
    }

    @Test
    void tokenizesHanRunsIntoOverlappingBigrams() {
        assertThat(Tokenizer.queryTerms("一件事一次办")).containsExactly("一件", "件事", "事一", "一次", "次办");
    }

    @Test
    void indexesSingleCharactersSoOneCharacterQueriesMatch() {
        assertThat(Tokenizer.indexTerms("市场")).containsExactly("市", "市场", "场");
        assertThat(Tokenizer.queryTerms("市")).containsExactly("市");
    }

    @Test
    void keepsNumbersWithADecimalPointAsOneWord() {
        assertThat(Tokenizer.queryTerms("营商环境6.0版")).containsExactly("营商", "商环", "环境", "6.0", "版");
    }

    @Test
    void splitsAPhoneNumberAtItsHyphen() {
        assertThat(Tokenizer.queryTerms("0746-8358692")).containsExactly("0746", "8358692");
    }

    @Test
    void normalisesFullWidthLettersAndDigits() {
        assertThat(Tokenizer.normalize("ＡＢＣ１２３")).isEqualTo("abc123");
    }
}
