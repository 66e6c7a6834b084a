package org.migrationtracker.csv;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;

/**
 * The meters of every {@link MeteredImport}: {@code tracker.imports}, a timer tagged with the kind of file and the
 * outcome ({@code imported}, {@code refused} for a file refused with its problems, {@code failed} otherwise), and
 * {@code tracker.import.rows}, the rows of the files imported; and a log line for each (with the trace id when
 * tracing is on). The advice wraps the import's transaction, so that the time includes the commit.
 */
@Configuration(proxyBeanMethods = false)
class ImportMeters {

    private static final Logger log = LoggerFactory.getLogger(ImportMeters.class);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DefaultPointcutAdvisor meteredImports(ObjectProvider<MeterRegistry> registry) {
        var advisor = new DefaultPointcutAdvisor(AnnotationMatchingPointcut.forMethodAnnotation(MeteredImport.class),
                new Interceptor(registry));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE); // outside @Transactional, which has the lowest precedence
        return advisor;
    }

    private static final class Interceptor implements MethodInterceptor {

        private final ObjectProvider<MeterRegistry> registry;

        Interceptor(ObjectProvider<MeterRegistry> registry) {
            this.registry = registry;
        }

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            var meters = registry.getIfAvailable();
            var annotation = invocation.getMethod().getAnnotation(MeteredImport.class);
            if (meters == null || annotation == null) {
                return invocation.proceed();
            }
            String kind = annotation.value();
            long started = System.nanoTime();
            @Nullable String outcome = "failed";
            int rows = 0;
            try {
                Object result = invocation.proceed();
                outcome = "imported";
                if (result instanceof ImportedFile file) {
                    rows = file.rows();
                    Counter.builder("tracker.import.rows").description("Data rows of the files imported")
                            .tag("kind", kind).register(meters).increment(file.rows());
                }
                return result;
            } catch (CsvRefusedException | Refused refused) {
                outcome = "refused";
                throw refused;
            } catch (AccessDeniedException notAllowed) {
                // not an import that ran: the caller's role may not import
                outcome = null;
                throw notAllowed;
            } finally {
                if (outcome != null) {
                    record(meters, kind, outcome, rows, System.nanoTime() - started);
                }
            }
        }

        private static void record(MeterRegistry meters, String kind, String outcome, int rows, long nanos) {
            log.info("{} import {}: {} rows in {} ms", kind, outcome, rows, nanos / 1_000_000);
            Timer.builder("tracker.imports").description("Imports, by kind of file and outcome").publishPercentileHistogram()
                    .tag("kind", kind).tag("outcome", outcome).register(meters)
                    .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
