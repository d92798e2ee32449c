package dev.copro.model;

import org.apiguardian.api.API;

/**
 * What a payment to a participant is for (NIHR payment guidance distinguishes fees from expenses).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum PaymentKind implements Coded {
  /** A fee or honorarium for time and expertise. */
  FEE("fee"),

  /** Reimbursement of travel, subsistence and similar costs. */
  EXPENSES("expenses"),

  /** The cost of replacement care so that a carer can take part. */
  CARER_COVER("carer-cover"),

  /** A voucher or gift in kind. */
  VOUCHER("voucher"),

  /** Any other payment; the record's label says which. */
  OTHER("other");

  private final String code;

  PaymentKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
