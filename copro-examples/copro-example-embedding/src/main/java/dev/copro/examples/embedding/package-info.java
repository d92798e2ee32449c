/**
 * An example host application: a made-up case-management system, Casebook, that maps its own
 * records onto the copro model, pseudonymises its member ids, evaluates them with the default
 * metrics and reads the report through the Java API.
 */
@NullMarked
package dev.copro.examples.embedding;

import org.jspecify.annotations.NullMarked;
