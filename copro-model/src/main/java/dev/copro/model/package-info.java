/**
 * The copro model: immutable records of what happened in co-production (initiatives, participants,
 * activities, attendance, contributions, decisions, payments, surveys and their answers) and the
 * validated, indexed {@link dev.copro.model.Dataset} that holds them.
 *
 * <p>A host builds records in code with their builders ({@link
 * dev.copro.model.Participant#builder}, {@link dev.copro.model.Activity#builder} and the like),
 * which collect every problem instead of throwing at the first, and adds them to {@link
 * dev.copro.model.Dataset#builder()}, whose {@code build()} lists the problems of every record and
 * between records in one {@link dev.copro.model.validation.InvalidInputException};
 * docs/embedding.md shows a complete mapping. The records' constructors check presence only and
 * throw at the first problem.
 *
 * <p>Stability, until 1.0: everything here is {@code @API(status = EXPERIMENTAL)} but {@link
 * dev.copro.model.StringIndex}, copro's own table of ids ({@code INTERNAL}). The records will still
 * gain components (as {@code Participant.accessNeedsAsked} came in 0.2), each with a default in the
 * builders and static factories ({@code Participant.of}, {@code Attendance.attended}, {@code
 * Vote.of}, {@code AccessProvision.of}), so code that builds records with those keeps compiling and
 * running; canonical constructors gain a parameter. Accessors are unaffected; record patterns are
 * not. Enums may gain constants. docs/model.md describes every record and component.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.model;

import org.jspecify.annotations.NullMarked;
