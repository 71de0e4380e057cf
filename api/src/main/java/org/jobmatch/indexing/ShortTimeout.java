package org.jobmatch.indexing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The Elasticsearch client for searches someone waits for (at a counter, a fair, a kiosk): each request gets
 * {@code jobmatch.search.timeout} in all and then fails with an {@code IOException}, answered 503. The unqualified
 * client keeps the long timeouts that bulk writes and rebuilds need.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface ShortTimeout {
}
