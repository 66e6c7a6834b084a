package org.migrationtracker.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --tracker.restore-from=backup.zip}: loads a {@link DatabaseDump} into the configured database (the embedded
 * one by default) once the schema is migrated, then stops the application, so that the next start, without the
 * option, runs on the restored data. Replaces all data in that database.
 */
@Component
@ConditionalOnProperty("tracker.restore-from")
class RestoreOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RestoreOnStart.class);

    private final DataSource dataSource;
    private final ConfigurableApplicationContext context;
    private final Path dump;

    RestoreOnStart(DataSource dataSource, ConfigurableApplicationContext context, @Value("${tracker.restore-from}") Path dump) {
        this.dataSource = dataSource;
        this.context = context;
        this.dump = dump;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = restore();
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** 0 when the dump is loaded, 1 when it was refused (the database is left as it was). */
    int restore() {
        try (var in = Files.newInputStream(dump)) {
            var restored = DatabaseRestore.restore(in, dataSource);
            log.info("Restored {} ({} tables, {} rows, schema version {}); start again without tracker.restore-from",
                    dump, restored.tables().size(), restored.rows(), restored.schemaVersion());
            return 0;
        } catch (Exception e) {
            log.error("The restore from {} failed and changed nothing: {}", dump, e.getMessage());
            return 1;
        }
    }
}
