/**
 * Running the tracker: what it says at start (its version, its database, its place on the live-update relay) and
 * tracing switched on only when an OTLP endpoint is configured (docs/adr/0048).
 */
@ApplicationModule(allowedDependencies = {"live"})
@NullMarked
package org.migrationtracker.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
