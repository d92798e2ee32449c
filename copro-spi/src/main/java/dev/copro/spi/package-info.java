/**
 * The copro plugin contract. A plugin author compiles against this package (and the model it
 * exposes) alone: implement {@link dev.copro.spi.Metric} or {@link dev.copro.spi.Rule}, describe it
 * with a {@link dev.copro.spi.Descriptor}, and register it for {@link java.util.ServiceLoader} in
 * {@code META-INF/services}. See docs/plugin-guide.md.
 *
 * <p>Stability, until 1.0. The contract a plugin implements — {@link dev.copro.spi.Metric} and
 * {@link dev.copro.spi.Rule}, two methods each — is {@code @API(status = STABLE)}: it grows only by
 * default methods, so a plugin compiled against one release implements it in later ones. Every
 * other type here is {@code EXPERIMENTAL}: the records a plugin builds and reads will still gain
 * components, and the enums constants. They grow by addition, and a new component gets a default in
 * the builders and static factories, so a plugin that makes them through those keeps compiling and
 * loading: {@link dev.copro.spi.Descriptor#builder}, {@link dev.copro.spi.Measurement#of}, {@link
 * dev.copro.spi.Measurement#builderWithoutValue} and {@link dev.copro.spi.Measurement#noValue},
 * {@link dev.copro.spi.Finding#of}, {@link dev.copro.spi.Group#of} and {@link
 * dev.copro.spi.Group#noValue}, {@link dev.copro.spi.Breakdown#of}, {@link
 * dev.copro.spi.Interval#of}, the factories of {@link dev.copro.spi.ParameterSpec}, {@link
 * dev.copro.spi.Thresholds#higherIsBetter} and {@link dev.copro.spi.Thresholds#lowerIsBetter},
 * {@link dev.copro.spi.ValueRange#of}. Canonical constructors gain a parameter with each new
 * component; copro keeps the previous one where it can (as {@code Descriptor} kept its
 * twelve-argument constructor) but does not promise it. Read records through their accessors, and
 * switch over enums with a default branch. The build checks the promise: the example plugin's jar,
 * compiled once and checked in ({@code copro-testkit/src/test/resources/released}), must load and
 * pass the compatibility kit against the current SPI.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.spi;

import org.jspecify.annotations.NullMarked;
