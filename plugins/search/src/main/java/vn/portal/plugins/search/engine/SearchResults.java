package vn.portal.plugins.search.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total       matching documents the reader may read
 * @param facets      dimension ("type", "category", "sector", "unit", "site", "locale", "year")
 *                    → value → count, most frequent first
 * @param didYouMean  a corrected query when some words are not in the index, else null
 * @param approximate true when more documents matched than {@link SearchIndex#EXACT_COUNT}: the
 *                    facet counts are then estimates from a random sample of the matches,
 *                    rounded to two significant digits. The total is always exact, and the hits
 *                    are the best ones all the same
 */
public record SearchResults(long total, List<Hit> hits, Map<String, Map<String, Long>> facets, String didYouMean,
        boolean approximate) {

    public SearchResults {
        hits = List.copyOf(hits);
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        facets.forEach((dim, counts) -> ordered.put(dim, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        facets = Collections.unmodifiableMap(ordered);
    }
}
