package vn.portal.plugins.eform.schema;

/** A form definition that breaks the schema (docs/eform-schema.md); the message names the place. */
public class SchemaException extends RuntimeException {

    public SchemaException(String message) {
        super(message);
    }
}
