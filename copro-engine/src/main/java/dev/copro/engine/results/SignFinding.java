package dev.copro.engine.results;

import dev.copro.spi.Finding;
import dev.copro.spi.RecordRef;
import dev.copro.spi.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A warning sign of tokenism that the data showed, with the records behind it.
 *
 * @param sign the sign, or {@code null} when the finding's code is not one of the ten (a later
 *     version of the metric may add signs; {@code code} still says which)
 * @param code the finding's code, such as {@code no-feedback}
 * @param severity how serious it is
 * @param message what was found, in plain words, naming counts and ids
 * @param evidence the records behind it, typed; at most {@link Finding#MAX_EVIDENCE}
 * @param evidenceOmitted how many more records are behind it than {@code evidence} lists
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public record SignFinding(
    @Nullable WarningSign sign,
    String code,
    Severity severity,
    String message,
    List<RecordRef> evidence,
    long evidenceOmitted) {

  /** Checks presence and takes an immutable copy. */
  public SignFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    evidence = List.copyOf(evidence);
  }

  /** The typed form of a finding of the warning-signs metric. */
  public static SignFinding of(Finding finding) {
    return new SignFinding(
        WarningSign.fromCode(finding.code()).orElse(null),
        finding.code(),
        finding.severity(),
        finding.message(),
        finding.references(),
        finding.evidenceOmitted());
  }

  /** The sign, when it is one of the ten. */
  public Optional<WarningSign> knownSign() {
    return Optional.ofNullable(sign);
  }
}
