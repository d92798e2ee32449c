/**
 * The copro plugin contract. A plugin author compiles against this package (and the model it
 * exposes) alone: implement {@link dev.copro.spi.Metric} or {@link dev.copro.spi.Rule}, describe it
 * with a {@link dev.copro.spi.Descriptor}, and register it for {@link java.util.ServiceLoader} in
 * {@code META-INF/services}. See docs/plugin-guide.md.
 *
 * <p>Stability: types marked {@code @API(status = STABLE)} change only by additions (new default
 * methods, new optional builder settings) within a major version. Nothing here is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package dev.copro.spi;

import org.jspecify.annotations.NullMarked;
