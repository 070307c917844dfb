package vn.portal.plugins.search.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import vn.portal.plugins.search.engine.Hit;
import vn.portal.plugins.search.index.IndexFolders;
import vn.portal.plugins.search.index.LiveIndex;

/**
 * Writes the first page of every search of the benchmark's measured mix (ids, one search a
 * line), on an index a benchmark run left: comparing two engines' files tells how far a
 * cheaper ranking moves the first results on the large corpus (the relevance set is small).
 *
 * <pre>TopHits &lt;index folder&gt; &lt;output file&gt; [documents=200000] [operations=20000] [seed=42]</pre>
 */
public final class TopHits {

    private TopHits() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]);
        Path out = Paths.get(args[1]);
        int documents = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        int operations = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
        VietnameseCorpus corpus = new VietnameseCorpus(seed, 6000);
        List<SearchBench.Operation> mix = SearchBench.mix(corpus, seed, documents, new Random(seed), operations);
        try (LiveIndex live = LiveIndex.open(new IndexFolders(dir));
                PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            if (live.needsRebuild()) {
                throw new IllegalStateException("no index in " + dir + ": run the benchmark first");
            }
            live.read(index -> {
                index.remember(false);
                return null;
            });
            for (int i = 0; i < mix.size(); i++) {
                SearchBench.Operation op = mix.get(i);
                if (op.query() == null) {
                    continue;
                }
                var r = live.read(index -> index.search(op.query()));
                w.println(i + "\t" + op.query().order() + "\t" + op.query().text() + "\t"
                        + r.hits().stream().map(Hit::id).collect(Collectors.joining(",")));
            }
        }
    }
}
