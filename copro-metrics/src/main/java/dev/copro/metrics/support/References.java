package dev.copro.metrics.support;

/** Sources that several default metrics cite in their descriptors, written once. */
public final class References {

  /** SCIE's guide to co-production, the source of its four principles. */
  public static final String SCIE_GUIDE_51 =
      "SCIE (2013, updated 2022) Co-production in social care: what it is and how to do it. SCIE Guide 51.";

  /** INVOLVE's briefing notes, whose note eight covers planning accessible meetings. */
  public static final String INVOLVE_BRIEFING_NOTES =
      "INVOLVE (2012) Briefing notes for researchers: public"
          + " involvement in NHS, public health and social care research. Eastleigh: INVOLVE (briefing note eight:"
          + " getting started, planning meetings).";

  /** The UK Standards for Public Involvement, whose first standard is inclusive opportunities. */
  public static final String UK_STANDARDS =
      "UK Public Involvement Standards Development Partnership (2019) UK"
          + " Standards for Public Involvement (standard 1: inclusive opportunities). NIHR.";

  /** Simpson's index of concentration, whose inverse is the effective number. */
  public static final String SIMPSON_1949 =
      "Simpson, E. H. (1949) Measurement of diversity. Nature 163: 688.";

  /** The effective number of parties. */
  public static final String LAAKSO_TAAGEPERA_1979 =
      "Laakso, M. and Taagepera, R. (1979) 'Effective' number of"
          + " parties: a measure with application to West Europe. Comparative Political Studies 12(1): 3–27.";

  /** The TLAP ladder of co-production (doing to, doing for, doing with). */
  public static final String TLAP_LADDER =
      "Think Local Act Personal and the National Co-production Advisory Group"
          + " (2016) Ladder of co-production: doing to, doing for, doing with.";

  /** Arnstein's ladder of citizen participation. */
  public static final String ARNSTEIN_1969 =
      "Arnstein, S. R. (1969) A ladder of citizen participation. Journal of"
          + " the American Institute of Planners 35(4): 216-224.";

  private References() {}

  /**
   * The carer's blog post listing the warning signs of tokenism, with the sign a metric detects.
   *
   * @param sign which warning sign, such as "warning sign 7: two days' notice"
   */
  public static String warningSigns(String sign) {
    return "Minier, K. (2016) The Co-production Police and accountability. SCIE Co-production Week blog ("
        + sign
        + ").";
  }
}
