/**
 * API tokens for scripts: created, listed and revoked here, checked on every {@code Authorization: Bearer} call
 * (docs/adr/0029), and the API's guard against cross-site forms.
 */
@NullMarked
package org.migrationtracker.security.token;

import org.jspecify.annotations.NullMarked;
