package example.plugins;

import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;

/**
 * Plugins with invalid identities, registered in {@code plugins/identity} and {@code
 * plugins/duplicates}.
 */
public final class IdentityPlugins {

  private IdentityPlugins() {}

  /** A metric with the given id that measures nothing in particular. */
  public abstract static class WithId implements Metric {
    private final String id;

    WithId(String id) {
      this.id = id;
    }

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(id).build();
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.noValue("not measured");
    }
  }

  /** A blank id. */
  public static final class BlankId extends WithId {
    public BlankId() {
      super("  ");
    }
  }

  /** An id with capitals and a space. */
  public static final class BadPattern extends WithId {
    public BadPattern() {
      super("Acme Meetings");
    }
  }

  /** The first of two plugins with one id. */
  public static final class DuplicateA extends WithId {
    public DuplicateA() {
      super("acme.duplicate");
    }
  }

  /** The second of two plugins with one id. */
  public static final class DuplicateB extends WithId {
    public DuplicateB() {
      super("acme.duplicate");
    }
  }

  /** A third-party plugin claiming the default catalog's prefix. */
  public static final class ReservedPrefix extends WithId {
    public ReservedPrefix() {
      super("copro.power.sneaky");
    }
  }
}
