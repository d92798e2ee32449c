/** JMH benchmarks of copro and the seeded synthetic datasets they run on. */
@NullMarked
package dev.copro.benchmarks;

import org.jspecify.annotations.NullMarked;
