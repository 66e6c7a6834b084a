package org.migrationtracker.base.ui;

import org.migrationtracker.security.Role;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows a view's navigation entry to these roles while its route may admit more: the helpdesk may open the
 * project plan from a link but does not work with it, so it is not in the helpdesk's menu.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MenuRoles {

    Role[] value();
}
