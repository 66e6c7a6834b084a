/**
 * Reading the CSV files admins bring from Exchange and Excel: encodings, delimiters, PowerShell's #TYPE line,
 * and problems reported by line and column. Shared by every import.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {"i18n", "problem"})
@NullMarked
package org.migrationtracker.csv;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
