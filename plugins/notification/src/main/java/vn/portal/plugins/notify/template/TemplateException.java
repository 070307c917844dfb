package vn.portal.plugins.notify.template;

/** A template that cannot be used: bad syntax or an unknown variable; the message names the place. */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }
}
