/**
 * The copro command-line tool: {@code copro evaluate}, {@code validate}, {@code metrics}, {@code
 * schema} and {@code init}, with their options, exit codes and error messages (docs/cli.md). The
 * classes are the tool's own; hosts embed copro through {@code dev.copro.engine} instead.
 */
@NullMarked
package dev.copro.cli;

import org.jspecify.annotations.NullMarked;
