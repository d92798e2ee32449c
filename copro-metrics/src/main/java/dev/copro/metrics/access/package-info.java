/**
 * Metrics of accessibility: whether people are given enough notice to take part ({@link
 * dev.copro.metrics.access.NoticeGiven}) and whether the access needs they declared are met where
 * they take part ({@link dev.copro.metrics.access.AccessNeedsMet}).
 */
@NullMarked
package dev.copro.metrics.access;

import org.jspecify.annotations.NullMarked;
