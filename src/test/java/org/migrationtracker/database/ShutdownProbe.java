package org.migrationtracker.database;

import jakarta.servlet.Filter;
import org.migrationtracker.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * The tracker as its own process for {@link GracefulShutdownTest}, with one extra address, {@code /slow-request},
 * that takes four seconds and then reads from the database: a request still running when SIGTERM arrives.
 */
public final class ShutdownProbe {

    static final Duration SLOW = Duration.ofSeconds(4);

    private ShutdownProbe() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(Application.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("slowRequest",
                        FilterRegistrationBean.class, () -> {
                            Filter slow = (request, response, chain) -> {
                                System.out.println("slow request started");
                                try {
                                    Thread.sleep(SLOW);
                                } catch (InterruptedException interrupted) {
                                    Thread.currentThread().interrupt();
                                }
                                var jdbc = context.getBean(JdbcTemplate.class);
                                response.getWriter().write("done " + jdbc.queryForObject("select count(*) from tracker_user", Long.class));
                                System.out.println("slow request finished");
                            };
                            var registration = new FilterRegistrationBean<>(slow);
                            registration.addUrlPatterns("/slow-request");
                            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
                            return registration;
                        }))
                .run(args);
    }
}
