/**
 * The demo migration that the README's run command shows (profile {@code demo} only).
 */
@NullMarked
package org.migrationtracker.demo;

import org.jspecify.annotations.NullMarked;
