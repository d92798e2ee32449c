/**
 * The copro engine: discovers metric and rule plugins, validates configuration, evaluates a
 * dataset with every plugin call isolated, suppresses small groups and writes deterministic reports.
 */
@NullMarked
package dev.copro.engine;

import org.jspecify.annotations.NullMarked;
