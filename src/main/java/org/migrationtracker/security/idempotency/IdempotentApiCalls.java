package org.migrationtracker.security.idempotency;

import jakarta.servlet.Filter;
import org.migrationtracker.csv.ImportLimits;
import org.springframework.stereotype.Component;

/**
 * The filter the API's security chain adds after authorization for {@code Idempotency-Key}. Made here, not as a bean,
 * so that Spring Boot does not also register it for every path of the servlet container.
 */
@Component
public class IdempotentApiCalls {

    private final IdempotencyKeys keys;
    private final ImportLimits limits;

    IdempotentApiCalls(IdempotencyKeys keys, ImportLimits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    public Filter filter() {
        return new IdempotencyFilter(keys, limits);
    }
}
