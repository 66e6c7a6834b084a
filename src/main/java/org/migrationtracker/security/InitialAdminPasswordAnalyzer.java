package org.migrationtracker.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two lines, without a stack trace, why a refused {@code APP_ADMIN_PASSWORD} stopped the start. */
class InitialAdminPasswordAnalyzer extends AbstractFailureAnalyzer<InitialAdminPasswordRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InitialAdminPasswordRefused cause) {
        return new FailureAnalysis(cause.getMessage() + ". The first admin was not created.",
                "Choose an APP_ADMIN_PASSWORD that meets the rule above (README, \"Passwords\": by default 12 to 64 "
                        + "characters, not containing 'admin', not a common password), or leave it unset to have one "
                        + "generated and printed in the log once.",
                cause);
    }
}
