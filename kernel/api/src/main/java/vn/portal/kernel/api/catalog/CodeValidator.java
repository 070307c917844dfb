package vn.portal.kernel.api.catalog;

import org.pf4j.ExtensionPoint;

/**
 * Checks the codes of one catalog. Built in for agencies and administrative units;
 * a plugin that brings its own catalog declares its validator as an extension.
 */
public interface CodeValidator extends ExtensionPoint {

    String catalog();

    /** @return null when the entry's code is valid, else a sentence naming the problem */
    String problem(CatalogEntry entry);
}
