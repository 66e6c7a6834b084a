package org.migrationtracker.security.idempotency;

import jakarta.servlet.Filter;
import org.springframework.stereotype.Component;

/**
 * The filter the API's security chain adds after authorization for {@code Idempotency-Key}. Made here, not as a bean,
 * so that Spring Boot does not also register it for every path of the servlet container.
 */
@Component
public class IdempotentApiCalls {

    private final IdempotencyKeys keys;

    IdempotentApiCalls(IdempotencyKeys keys) {
        this.keys = keys;
    }

    public Filter filter() {
        return new IdempotencyFilter(keys);
    }
}
