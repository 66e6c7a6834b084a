package org.migrationtracker.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import org.migrationtracker.security.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tracker's languages, English first: a browser asking for a language the tracker does not speak gets English,
 * and each language has its own complete bundle (vaadin-i18n/translations_xx.properties; a test checks them).
 */
@Configuration(proxyBeanMethods = false)
class TranslationsConfiguration {

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(Languages.SUPPORTED);
    }
}
