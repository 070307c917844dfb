package vn.portal.plugins.search.synonyms;

import java.util.Optional;

/** Where each site's synonym rules are kept. */
public interface SynonymStore {

    /** The site's own rules, if it has any (else the defaults apply). */
    Optional<String> rules(String siteKey);

    void save(String siteKey, String rules, String user);

    /** Back to the defaults. */
    void reset(String siteKey, String user);
}
