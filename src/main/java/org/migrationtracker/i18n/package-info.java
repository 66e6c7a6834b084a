/**
 * What the tracker says to people, in their language: {@link org.migrationtracker.i18n.Message} is a key of the
 * bundles (vaadin-i18n/translations_xx.properties) with its arguments, produced by the domain and translated where
 * it is shown — by a screen in its user's language, by the API in English. Depends on nothing of the tracker.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
@NullMarked
package org.migrationtracker.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
