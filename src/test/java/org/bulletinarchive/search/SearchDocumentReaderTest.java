package org.bulletinarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchDocumentReaderTest {

    @TempDir
    Path site;

    @Test
    void readsTheNineteenEntriesAndTheIssueOfTheSampleSortedByUrl() {
        List<SearchDocument> docs = SearchDocumentReader.read(SampleBulletinSite.write(site));
        assertThat(docs).hasSize(20);
        assertThat(docs).extracting(SearchDocument::url).isSorted().first().isEqualTo("issues/2023/17/01-beijing.html");
        SearchDocument issue = docs.stream().filter(d -> d.url().equals("issues/2023/17/index.html")).findFirst().orElseThrow();
        assertThat(issue.subject()).isEmpty();
        assertThat(issue.text()).contains("编者按", "联系电话：0746-8358692").doesNotContain("无证明城市");
        SearchDocument changsha = docs.stream().filter(d -> d.subjectSlug().equals("changsha")).findFirst().orElseThrow();
        assertThat(changsha).extracting(SearchDocument::subject, SearchDocument::issue, SearchDocument::year, SearchDocument::date,
                SearchDocument::section).containsExactly("长沙", 17, 2023, "2023-09-28", "省内市州战术推进");
        assertThat(changsha.text()).contains("无证明城市");
    }

    @Test
    void takesOnlyTheMarkedTextRegionsAndJoinsParagraphsWithNewlines() {
        SiteFixture.files(site, "-- a/entry.html --\n" + """
                <html><body><nav>导航</nav><article data-search-doc data-search-title="标题" data-search-issue="3"
                data-search-year="2023"><h1>标题</h1><div data-search-text><p>第一段</p><p> 第二段 </p></div>
                <footer>页脚</footer><div data-search-text><p>第三段</p></div></article></body></html>
                """ + "-- issue.html --\n<html><body><p>期刊页面没有 data-search-doc 标记</p></body></html>\n");
        List<SearchDocument> docs = SearchDocumentReader.read(site);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.url()).isEqualTo("a/entry.html");
            assertThat(d.text()).isEqualTo("第一段\n第二段\n第三段");
            assertThat(d.title()).isEqualTo("标题");
            assertThat(d.issue()).isEqualTo(3);
        });
    }

    @Test
    void refusesAnIssueThatIsNotANumber() {
        SiteFixture.files(site, "-- e.html --\n<article data-search-doc data-search-issue=\"十七\"></article>\n");
        assertThatThrownBy(() -> SearchDocumentReader.read(site))
                .isInstanceOf(InvalidSearchDocumentException.class)
                .hasMessageContaining("e.html").hasMessageContaining("data-search-issue=\"十七\"");
    }
}
