package vn.portal.kernel.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST method (or every method of a resource class) that anyone may call
 * without signing in. Everything else must answer 401 to anonymous callers and 403
 * to users without the site's permission; the kernel's isolation test checks every
 * endpoint of every plugin against this rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Public {
}
