/**
 * Idempotent API calls: a write call sent again with the same {@code Idempotency-Key} gets the first call's answer
 * instead of being applied twice (docs/adr/0038), across instances.
 */
@NullMarked
package org.migrationtracker.security.idempotency;

import org.jspecify.annotations.NullMarked;
