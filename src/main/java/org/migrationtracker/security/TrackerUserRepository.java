package org.migrationtracker.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface TrackerUserRepository extends JpaRepository<TrackerUser, Long> {

    @Query("select u from TrackerUser u where lower(u.username) = lower(:username)")
    Optional<TrackerUser> findByUsername(String username);

    List<TrackerUser> findAllByOrderByUsernameAsc();

    @Query("select count(u) from TrackerUser u join u.roles r where r = org.migrationtracker.security.Role.ADMIN and u.enabled = true")
    long countEnabledAdmins();
}
