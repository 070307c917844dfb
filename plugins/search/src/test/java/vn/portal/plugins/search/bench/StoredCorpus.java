package vn.portal.plugins.search.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.portal.plugins.search.api.SearchDocument;
import vn.portal.plugins.search.index.Change;
import vn.portal.plugins.search.index.DocumentSource;

/**
 * The generated corpus held in memory (texts as UTF-8, half the size of Strings), site by site,
 * as the rebuild's {@link DocumentSource}: generating a document costs a tenth of indexing it,
 * so it is done before the clock starts and the benchmark times the engine, not the generator.
 * Handing a document over still decodes its texts, as a real source would read them.
 */
final class StoredCorpus implements DocumentSource {

    private record Stored(SearchDocument meta, byte[] title, byte[] summary, byte[] body) {
        SearchDocument document() {
            SearchDocument m = meta;
            return new SearchDocument(m.source(), m.id(), m.siteKey(), m.type(), m.locale(), text(title), text(summary),
                    text(body), m.url(), m.date(), m.categories(), m.sector(), m.unit(), m.permission());
        }

        private static String text(byte[] utf8) {
            return new String(utf8, StandardCharsets.UTF_8);
        }
    }

    private final List<String> sites = new ArrayList<>();
    private final List<List<Stored>> bySite = new ArrayList<>();

    StoredCorpus(VietnameseCorpus corpus, long seed, int documents) {
        for (int i = 0; i < documents; i++) {
            SearchDocument d = corpus.document(seed, i);
            int s = sites.indexOf(d.siteKey());
            if (s < 0) {
                sites.add(d.siteKey());
                bySite.add(new ArrayList<>());
                s = sites.size() - 1;
            }
            SearchDocument meta = new SearchDocument(d.source(), d.id(), d.siteKey(), d.type(), d.locale(), "", "", "",
                    d.url(), d.date(), d.categories(), d.sector(), d.unit(), d.permission());
            bySite.get(s).add(new Stored(meta, utf8(d.title()), utf8(d.summary()), utf8(d.body())));
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<String> siteKeys() {
        return List.copyOf(sites);
    }

    @Override
    public void forEachDocument(String siteKey, Consumer<SearchDocument> sink) {
        int s = sites.indexOf(siteKey);
        if (s >= 0) {
            for (Stored d : bySite.get(s)) {
                sink.accept(d.document());
            }
        }
    }

    @Override
    public Optional<Change> reread(String source, String id) {
        return Optional.empty();   // nothing changes during the benchmark's rebuild
    }
}
