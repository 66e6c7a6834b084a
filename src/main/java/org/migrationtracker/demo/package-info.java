/**
 * The demo migration that the README's run command shows (profile {@code demo} only).
 */
@ApplicationModule(allowedDependencies = {"batch", "mailbox", "mailbox :: *", "notice", "plan", "project", "security", "security :: *"})
@NullMarked
package org.migrationtracker.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
