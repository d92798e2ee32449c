/**
 * Problems with input, each with its location, and the one exception that carries them: {@link
 * dev.copro.model.validation.InvalidInputException}.
 */
@NullMarked
package dev.copro.model.validation;

import org.jspecify.annotations.NullMarked;
