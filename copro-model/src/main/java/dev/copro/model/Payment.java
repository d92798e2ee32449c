package dev.copro.model;

import dev.copro.model.validation.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A payment offered to a participant: a fee, expenses, carer cover. Its dates show whether people
 * were paid, and how promptly.
 *
 * @param id unique among payments, never blank
 * @param participant the id of the participant
 * @param activity the id of the activity it is for, or {@code null} if not for one activity
 * @param kind what it is for
 * @param kindLabel what "other" means, present exactly when {@code kind} is {@link
 *     PaymentKind#OTHER}
 * @param amount the amount, in {@code currency}; not negative
 * @param currency the ISO 4217 currency
 * @param offered the day it was offered
 * @param claimed the day it was claimed, or {@code null} if not claimed or no claim was needed; not
 *     before {@code offered}
 * @param paid the day it was paid, or {@code null} if not paid yet; not before {@code offered} nor
 *     {@code claimed}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Payment(
    String id,
    String participant,
    @Nullable String activity,
    PaymentKind kind,
    @Nullable String kindLabel,
    BigDecimal amount,
    Currency currency,
    LocalDate offered,
    @Nullable LocalDate claimed,
    @Nullable LocalDate paid) {

  /** Checks presence and the label rule. */
  public Payment {
    Records.requireId(id, "id");
    Records.requireId(participant, "participant");
    Objects.requireNonNull(kind, "kind");
    Records.requireLabel(kind, kindLabel, "kindLabel");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(offered, "offered");
  }

  /**
   * A builder for a payment with the given required values; the amount ({@link Builder#amount}) is
   * required too, and the rest are named setters. It collects every problem rather than throwing at
   * the first (see {@link Participant#builder}).
   *
   * @param id unique among payments
   * @param participant the id of the participant
   * @param kind what it is for
   * @param offered the day it was offered
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static Builder builder(
      @Nullable String id,
      @Nullable String participant,
      @Nullable PaymentKind kind,
      @Nullable LocalDate offered) {
    return new Builder(id, participant, kind, offered);
  }

  /**
   * Builds a {@link Payment}, checking each value as it is given and collecting the problems. Not
   * thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private final Checks checks = new Checks("payment");
    private final @Nullable String id;
    private final @Nullable String participant;
    private final @Nullable PaymentKind kind;
    private final @Nullable LocalDate offered;
    private @Nullable String activity;
    private @Nullable String kindLabel;
    private @Nullable BigDecimal amount;
    private @Nullable Currency currency;
    private @Nullable LocalDate claimed;
    private @Nullable LocalDate paid;

    private Builder(
        @Nullable String id,
        @Nullable String participant,
        @Nullable PaymentKind kind,
        @Nullable LocalDate offered) {
      this.id = checks.id(id, "id");
      this.participant = checks.id(participant, "participant");
      this.kind = checks.required(kind, "kind");
      this.offered = checks.required(offered, "offered");
    }

    /** The activity it is for, if it is for one. */
    public Builder activity(@Nullable String activity) {
      this.activity = activity == null ? null : checks.id(activity, "activity");
      return this;
    }

    /** What "other" means when the kind is {@link PaymentKind#OTHER}. */
    public Builder kindLabel(@Nullable String kindLabel) {
      this.kindLabel = kindLabel;
      return this;
    }

    /** The amount, not negative, in the given currency; required. */
    public Builder amount(@Nullable BigDecimal amount, @Nullable Currency currency) {
      this.amount = checks.notNegative(checks.required(amount, "amount"), "amount", "amount");
      this.currency = checks.required(currency, "currency");
      return this;
    }

    /**
     * The amount, not negative, in the currency of the given ISO 4217 code; required. For example
     * {@code amount("25.00", "GBP")}.
     */
    public Builder amount(@Nullable String amount, @Nullable String currencyCode) {
      BigDecimal value = null;
      Currency code = null;
      if (amount != null) {
        try {
          value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
          checks.add(Problem.Kind.INVALID_VALUE, "amount", "The amount is not a number.");
        }
      }
      if (currencyCode != null) {
        try {
          code = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
          checks.add(
              Problem.Kind.INVALID_VALUE,
              "currency",
              "'" + currencyCode + "' is not an ISO 4217 currency code.");
        }
      }
      if (amount == null || value != null) {
        this.amount = checks.notNegative(checks.required(value, "amount"), "amount", "amount");
      }
      if (currencyCode == null || code != null) {
        this.currency = checks.required(code, "currency");
      }
      return this;
    }

    /** The day it was claimed; not before it was offered. */
    public Builder claimed(@Nullable LocalDate claimed) {
      this.claimed = claimed;
      return this;
    }

    /** The day it was paid; not before it was offered nor claimed. */
    public Builder paid(@Nullable LocalDate paid) {
      this.paid = paid;
      return this;
    }

    Checks problems() {
      Checks all = checks.copy();
      all.label(kind, kindLabel, "kindLabel");
      if (amount == null
          && currency == null
          && all.found().stream().noneMatch(f -> "amount".equals(f.field()))) {
        all.add(
            Problem.Kind.MISSING_FIELD,
            "amount",
            "This payment has no 'amount', which is required.");
      }
      if (offered != null && claimed != null && claimed.isBefore(offered)) {
        all.add(
            Problem.Kind.DATE_ORDER,
            "claimed",
            "The payment was claimed on "
                + claimed
                + ", before it was offered on "
                + offered
                + ".");
      }
      if (offered != null && paid != null && paid.isBefore(offered)) {
        all.add(
            Problem.Kind.DATE_ORDER,
            "paid",
            "The payment was paid on " + paid + ", before it was offered on " + offered + ".");
      } else if (paid != null && claimed != null && paid.isBefore(claimed)) {
        all.add(
            Problem.Kind.DATE_ORDER,
            "paid",
            "The payment was paid on " + paid + ", before it was claimed on " + claimed + ".");
      }
      return all;
    }

    @Nullable String id() {
      return id;
    }

    Payment create() {
      return new Payment(
          Objects.requireNonNull(id),
          Objects.requireNonNull(participant),
          activity,
          Objects.requireNonNull(kind),
          kindLabel,
          Objects.requireNonNull(amount),
          Objects.requireNonNull(currency),
          Objects.requireNonNull(offered),
          claimed,
          paid);
    }

    /**
     * Builds the payment.
     *
     * @throws dev.copro.model.validation.InvalidInputException listing every problem, each located
     *     at its field
     */
    public Payment build() {
      return problems().build(RecordKind.PAYMENT, this::create);
    }
  }
}
