/**
 * Metrics of voice: whether the people at an activity share the talking as equals ({@link
 * dev.copro.metrics.voice.VoiceEquality}).
 */
@NullMarked
package dev.copro.metrics.voice;

import org.jspecify.annotations.NullMarked;
