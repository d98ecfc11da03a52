package org.bulletinarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IndexBuilderTest {

    private static SearchDocument doc(String url, String title, String subject, int issue, int year, String text) {
        return new SearchDocument(url, title, subject, "slug", "series", "系列", issue, year, year + "-01-01", "测试", text);
    }

    @Test
    void numbersDocumentsInOrderOfPublicationSoANewIssueAppendsAndTiesGoToTheHigherNewerId() {
        var index = IndexBuilder.build(List.of(
                doc("a.html", "甲", "长沙", 17, 2022, "容缺办"),
                doc("b.html", "乙", "长沙", 3, 2023, "容缺办"),
                doc("c.html", "丙", "长沙", 17, 2023, "容缺办")));
        assertThat(index.docs()).extracting(SearchDocument::url).containsExactly("a.html", "b.html", "c.html");
    }

    @Test
    void recordsTitleAndSubjectMatchesForTheBoost() {
        var index = IndexBuilder.build(List.of(
                doc("a.html", "无证明城市", "长沙", 1, 2023, "电子证照"),
                doc("b.html", "改革", "株洲", 1, 2023, "株洲经验")));
        assertThat(index.terms().get("证明").fieldDocs()).containsExactly(index.docs().indexOf(doc("a.html", "无证明城市", "长沙", 1, 2023, "电子证照")));
        assertThat(index.terms().get("证明").docs()).isEmpty();
        assertThat(index.terms().get("株洲").fieldDocs()).hasSize(1);
        assertThat(index.terms().get("株洲").docs()).hasSize(1);
        assertThat(index.terms().get("株洲").documentFrequency()).isEqualTo(1);
    }

    @Test
    void givesMoreOccurrencesInAShorterTextAHigherImpact() {
        assertThat(Scoring.impact(3, 20, 40)).isGreaterThan(Scoring.impact(1, 20, 40));
        assertThat(Scoring.impact(1, 10, 40)).isGreaterThan(Scoring.impact(1, 200, 40));
        assertThat(Scoring.impact(1000, 1, 40)).isEqualTo(Scoring.IMPACTS - 1);
        assertThat(Scoring.impact(1, 100000, 40)).isZero();
    }

    @Test
    void weighsATitleOrSubjectMatchAboveAnyBodyImpact() {
        // the browser adds FIELD_BOOST (1.5) * idf for a title/subject match on top of the body weight
        assertThat(Scoring.weight(0)).isLessThan(1.5);
        assertThat(Scoring.weight(Scoring.IMPACTS - 1)).isEqualTo(Scoring.K1 + 1);
    }
}
