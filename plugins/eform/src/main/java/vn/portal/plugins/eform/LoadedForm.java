package vn.portal.plugins.eform;

import vn.portal.plugins.eform.schema.FormDefinition;

/** A form with one of its versions' definitions, parsed. */
record LoadedForm(String id, String siteKey, String key, String procedureCode, int version,
        FormDefinition definition) {
}
