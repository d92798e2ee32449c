/**
 * An example host application: a made-up case-management system, Casebook, that maps its own
 * people, meetings, ideas and expense claims onto the copro model with the record builders,
 * pseudonymises its member ids, evaluates them with the default metrics on one shared engine and
 * reads the headline of the report through the typed API. docs/embedding.md quotes it.
 */
@NullMarked
package dev.copro.examples.embedding;

import org.jspecify.annotations.NullMarked;
