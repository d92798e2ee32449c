package dev.copro.model;

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
 * @param kindLabel what "other" means, present exactly when {@code kind} is {@link PaymentKind#OTHER}
 * @param amount the amount, in {@code currency}; not negative
 * @param currency the ISO 4217 currency
 * @param offered the day it was offered
 * @param claimed the day it was claimed, or {@code null} if not claimed or no claim was needed;
 *     not before {@code offered}
 * @param paid the day it was paid, or {@code null} if not paid yet; not before {@code offered}
 *     nor {@code claimed}
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
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
}
