package dev.copro.spark;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.Serializer;
import com.esotericsoftware.kryo.kryo5.SerializerFactory.FieldSerializerFactory;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;
import com.esotericsoftware.kryo.kryo5.objenesis.strategy.StdInstantiatorStrategy;
import com.esotericsoftware.kryo.kryo5.util.DefaultInstantiatorStrategy;
import dev.copro.engine.PartitionedEvaluation;
import dev.copro.model.Dataset;
import dev.copro.spi.EvaluationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Turns the values of a partitioned evaluation's passes — an {@link
 * PartitionedEvaluation.EventCensus}, a {@link PartitionedEvaluation.ScopeCensus}, and, one metric
 * at a time through {@link #states()}, the accumulators of a {@link PartitionedEvaluation.Part} —
 * into bytes and back, with Kryo 5. The objects of the evaluation they hold (the evaluation itself,
 * the reference dataset, the contexts the accumulators were made with) are written as their numbers
 * ({@link PartitionedEvaluation#planObject(Object)}) and read back as the same objects of the
 * evaluation on the reading side, which was made the same way from the same references,
 * configuration and census.
 *
 * <p>Not thread-safe, as Kryo is not, but for the codec {@link #states()} gives.
 */
final class PartCodec {

  private static final int BUFFER = 1 << 16;

  private final @Nullable PartitionedEvaluation evaluation;
  private final ClassLoader loader;
  private final Kryo kryo;

  /**
   * A codec.
   *
   * @param evaluation the evaluation whose objects are written as numbers; {@code null} for the
   *     event census, which holds none
   * @param loader the loader of the classes to read: the one that loaded the plugins
   */
  PartCodec(@Nullable PartitionedEvaluation evaluation, ClassLoader loader) {
    this.evaluation = evaluation;
    this.loader = loader;
    kryo = kryo(evaluation, loader);
  }

  private static Kryo kryo(@Nullable PartitionedEvaluation evaluation, ClassLoader loader) {
    Kryo kryo = new Kryo();
    kryo.setRegistrationRequired(false);
    kryo.setReferences(true);
    kryo.setClassLoader(loader);
    kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
    // An accumulator that is an inner class holds its metric in a synthetic field: moved too.
    FieldSerializerFactory fields = new FieldSerializerFactory();
    fields.getConfig().setIgnoreSyntheticFields(false);
    kryo.setDefaultSerializer(fields);
    if (evaluation != null) {
      PlanObjects objects = new PlanObjects(evaluation);
      kryo.addDefaultSerializer(PartitionedEvaluation.class, objects);
      kryo.addDefaultSerializer(Dataset.class, objects);
      kryo.addDefaultSerializer(EvaluationContext.class, objects);
    }
    return kryo;
  }

  /** The bytes of a value. */
  byte[] write(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Output out = new Output(bytes)) {
      kryo.writeClassAndObject(out, value);
    }
    return bytes.toByteArray();
  }

  /**
   * The value of bytes {@link #write} wrote.
   *
   * @throws KryoException if they cannot be read
   * @throws ClassCastException if they hold another type
   */
  <T> T read(byte[] bytes, Class<T> type) {
    try (Input in = new Input(bytes)) {
      return type.cast(kryo.readClassAndObject(in));
    }
  }

  /**
   * A codec of one metric's accumulators for {@link PartitionedEvaluation.Part#write} and {@link
   * PartitionedEvaluation#readPart}: Kryo's bytes, deflated (the default metrics' parts to about
   * half; see docs/performance.md, "copro-spark"). Safe for concurrent calls: each call has a Kryo
   * of its own, as a call that ran past its time budget may still be running while the next
   * metric's starts; it reads classes through the calling metric's loader.
   */
  PartitionedEvaluation.StateCodec states() {
    return new PartitionedEvaluation.StateCodec() {
      @Override
      public byte[] write(Object state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (Output out = new Output(new DeflaterOutputStream(bytes, deflater, BUFFER), BUFFER)) {
          kryo(evaluation, callLoader()).writeClassAndObject(out, state);
        } finally {
          deflater.end();
        }
        return bytes.toByteArray();
      }

      @Override
      public Object read(byte[] bytes) {
        Inflater inflater = new Inflater();
        try (Input in =
            new Input(
                new InflaterInputStream(new ByteArrayInputStream(bytes), inflater, BUFFER),
                BUFFER)) {
          return kryo(evaluation, callLoader()).readClassAndObject(in);
        } finally {
          inflater.end();
        }
      }
    };
  }

  /**
   * The loader of the metric whose call is running — a plugin jar's own, which the engine makes the
   * calling thread's context loader — or else the codec's.
   */
  private ClassLoader callLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : loader;
  }

  /** Writes an object of the evaluation as its number, and reads it back from the number. */
  private static final class PlanObjects extends Serializer<Object> {
    private final PartitionedEvaluation evaluation;

    PlanObjects(PartitionedEvaluation evaluation) {
      this.evaluation = evaluation;
    }

    @Override
    public void write(Kryo kryo, Output output, Object object) {
      int number =
          evaluation
              .planObject(object)
              .orElseThrow(
                  () ->
                      new KryoException(
                          "a "
                              + object.getClass().getName()
                              + " that is not one of the evaluation's objects cannot be moved"
                              + " between machines"));
      output.writeVarInt(number, true);
    }

    @Override
    public Object read(Kryo kryo, Input input, Class<? extends Object> type) {
      return evaluation.planObject(input.readVarInt(true));
    }
  }
}
