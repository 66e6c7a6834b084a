package org.migrationtracker.csv;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The import limits, for every importer, upload and API body; and the servlet's multipart limits from them, so
 * that the container never takes in more than an import would (in place of {@code spring.servlet.multipart.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportLimits.class)
class CsvConfiguration {

    /** Room for a multipart request's boundaries and part headers around a file of the largest size. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    /**
     * One byte past the limit for the file itself: an upload handler that reads one byte too many knows the file
     * was too large and says so in words, instead of the container's exception.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(ImportLimits limits) {
        return new MultipartConfigElement("", limits.bytes() + 1, limits.bytes() + 1 + MULTIPART_OVERHEAD, 0);
    }
}
