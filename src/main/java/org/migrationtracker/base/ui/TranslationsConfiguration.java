package org.migrationtracker.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.migrationtracker.i18n.Translations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tracker's languages, English first: a browser asking for a language the tracker does not speak gets English,
 * and each language has its own complete bundle (vaadin-i18n/translations_xx.properties; a test checks them). The
 * screens and the domain's messages share one provider.
 */
@Configuration(proxyBeanMethods = false)
class TranslationsConfiguration {

    @Bean
    I18NProvider i18nProvider() {
        return Translations.PROVIDER;
    }
}
