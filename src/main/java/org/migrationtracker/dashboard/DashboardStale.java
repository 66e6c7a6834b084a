package org.migrationtracker.dashboard;

/**
 * The open dashboards of this instance showed figures that changes have overtaken: they ask
 * {@link DashboardService#latest()} again. Not relayed to other instances, which hear of the changes themselves.
 */
public record DashboardStale() {
}
