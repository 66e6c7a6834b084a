/** The security response headers every filter chain sends. */
@NullMarked
package org.migrationtracker.security.headers;

import org.jspecify.annotations.NullMarked;
