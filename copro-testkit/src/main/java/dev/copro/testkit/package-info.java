/**
 * Testing support for plugin authors: a compatibility kit that a plugin's test extends in a few
 * lines, a harness that runs a plugin through the real engine, small test datasets, and AssertJ
 * assertions for results. See docs/plugin-guide.md.
 */
@NullMarked
package dev.copro.testkit;

import org.jspecify.annotations.NullMarked;
