/**
 * Migration batches: planning and limits, the staged batch CSV and its validator, Microsoft's status
 * exports coming back, and the guard on removing a batch.
 */
@NullMarked
package org.migrationtracker.batch;

import org.jspecify.annotations.NullMarked;
