package org.migrationtracker.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PasswordLength.class)
class PasswordConfiguration {

    @Bean
    PasswordPolicy passwordPolicy(PasswordLength length) {
        return new PasswordPolicy(length, CommonPasswords.shipped());
    }
}
