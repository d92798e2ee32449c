/**
 * Index mathematics shared by the default metrics: inequality (Gini, Theil and its decomposition),
 * concentration and diversity (inverse Simpson, Shannon evenness), disproportionality
 * (Loosemore–Hanby, Gallagher), and shares of units broken down by a key.
 *
 * <p>The functions are pure and take plain arrays. They reject input on which an index is not
 * defined (empty, negative, non-finite, a zero total) with {@link IllegalArgumentException}; metrics
 * check their data first and turn such cases into warnings or a measurement without a value.
 */
@NullMarked
package dev.copro.metrics.support;

import org.jspecify.annotations.NullMarked;
