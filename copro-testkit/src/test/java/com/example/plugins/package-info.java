/**
 * A third-party package, outside {@code dev.copro.}, for plugins that test the reserved id prefix.
 */
@NullMarked
package com.example.plugins;

import org.jspecify.annotations.NullMarked;
