package org.migrationtracker.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Refused;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A person who signs in to the tracker. */
@Entity
@Table(name = "tracker_user")
public class TrackerUser {

    static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]{1,63}$");

    /** A password hash that no encoder accepts: directory users sign in with the directory's password only. */
    static final String NO_LOCAL_PASSWORD = "{directory}";

    /** Where a user's password is checked. */
    public enum Source {
        /** The tracker keeps the password hash; admins manage name and roles. */
        LOCAL,
        /** Active Directory checks the password; name and roles come from the directory at each sign-in. */
        DIRECTORY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Someone else knows the password (an admin set it): the user chooses their own at their next sign-in. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tracker_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false, updatable = false)
    @Enumerated(EnumType.STRING)
    private Source source = Source.LOCAL;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TrackerUser() {
        // for JPA
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    TrackerUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.username = normalizeUsername(username);
        if (!USERNAME.matcher(this.username).matches()) {
            throw new IllegalArgumentException("Username must be 2 to 64 characters: lower-case letters, digits, '.', '_', '@' or '-'");
        }
        rename(displayName);
        this.passwordHash = passwordHash;
        changeRoles(roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The shadow of a directory user, made at their first sign-in. */
    static TrackerUser fromDirectory(String username, String displayName, Set<Role> roles, Instant now) {
        var user = new TrackerUser(username, displayName, NO_LOCAL_PASSWORD, roles, now);
        user.source = Source.DIRECTORY;
        return user;
    }

    /** What the directory says at a sign-in; true when the name or the roles changed. */
    boolean takeFromDirectory(String newDisplayName, Set<Role> newRoles, Instant now) {
        boolean changed = !displayName.equals(newDisplayName.strip()) || !roles.equals(newRoles);
        if (changed) {
            rename(newDisplayName);
            changeRoles(newRoles);
            touch(now);
        }
        return changed;
    }

    /** Whether a name, as typed at sign-in, can be a tracker user's name (lower-cased, 2 to 64 of a-z 0-9 . _ @ -). */
    public static boolean isPossibleUsername(String username) {
        return USERNAME.matcher(normalizeUsername(username)).matches();
    }

    static String normalizeUsername(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    void rename(String newDisplayName) {
        if (newDisplayName.isBlank()) {
            throw new Refused("users.name-needed");
        }
        this.displayName = newDisplayName.strip();
    }

    void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new Refused("users.role-needed");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    /**
     * @param changeRequired whether the user must choose another at their next sign-in: true when an admin set it
     */
    void changePasswordHash(String newHash, boolean changeRequired) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = changeRequired;
    }

    void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Source getSource() {
        return source;
    }

    public boolean isFromDirectory() {
        return source == Source.DIRECTORY;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
