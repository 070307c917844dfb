package vn.portal.kernel.it.probe;

import org.pf4j.ExtensionPoint;

/** An extension point the probe plugin defines for other plugins (as search defines Indexable). */
public interface ProbeGreeting extends ExtensionPoint {

    String greeting();
}
