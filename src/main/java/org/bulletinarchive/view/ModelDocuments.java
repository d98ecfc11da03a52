package org.bulletinarchive.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bulletinarchive.search.SearchDocument;
import org.bulletinarchive.view.Views.EntryView;
import org.bulletinarchive.view.Views.IssueView;

/**
 * The search documents of a site, taken from the model the pages were rendered from rather than by
 * reading the pages back: an entry page's document is its title line and text, an issue page's its
 * masthead, opening, lead and back matter. The tests read the same documents back from the rendered
 * pages (SearchDocumentReader) and keep the two equal, so the page markup and the index cannot drift apart.
 */
public final class ModelDocuments {

    private ModelDocuments() {
    }

    /** Every entry and issue of the model, sorted by url as the reader sorts them. */
    public static List<SearchDocument> of(SiteModel model) {
        List<SearchDocument> docs = new ArrayList<>(model.entries().size() + model.issues().size());
        for (EntryView e : model.entries()) {
            List<String> text = new ArrayList<>();
            text.add(e.heading());
            text.addAll(e.paragraphs());
            docs.add(new SearchDocument(e.url(), e.headline(), e.subject() == null ? "" : e.subject().name(), e.subject() == null ? "" : e.subject().slug(),
                    e.issue().series().slug(),
                    e.issue().series().name(), e.issue().number(), e.issue().year(), e.issue().date(), e.section(), join(text)));
        }
        for (IssueView i : model.issues()) {
            List<String> text = new ArrayList<>(List.of(i.series(), i.issuer(), i.ref().dateCn(), i.headline(), i.addressee()));
            for (int k = 0; k < i.editorsNote().size(); k++) {
                text.add((k == 0 ? i.noteLabel() : "") + i.editorsNote().get(k));
            }
            text.addAll(i.distribution());
            text.addAll(i.contacts());
            text.addAll(i.imprint());
            docs.add(new SearchDocument(i.ref().url(), i.ref().label() + "（" + i.ref().dateCn() + "）", "", "", i.ref().series().slug(),
                    i.series(), i.ref().number(), i.ref().year(), i.ref().date(), "", join(text)));
        }
        docs.sort(Comparator.comparing(SearchDocument::url));
        return docs;
    }

    /** Paragraphs as the page shows them: whitespace folded as a browser (and Jsoup) reads it, empty ones left out. */
    private static String join(List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            String folded = p == null ? "" : p.strip().replaceAll("\\s+", " ");
            if (!folded.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(folded);
            }
        }
        return out.toString();
    }
}
