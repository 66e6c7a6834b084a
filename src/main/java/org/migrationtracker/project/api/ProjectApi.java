package org.migrationtracker.project.api;

import org.migrationtracker.project.ProjectAdvice;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.project.ProjectSettings;
import org.migrationtracker.project.ProjectSettingsData;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** {@code GET/PUT /api/v1/project}: the project's settings, with Microsoft's advice on them. */
@RestController
@RequestMapping("/api/v1/project")
class ProjectApi {

    private final ProjectService project;

    ProjectApi(ProjectService project) {
        this.project = project;
    }

    record ProjectJson(ProjectSettingsData settings, boolean mxPointsToCloud, @org.jspecify.annotations.Nullable Instant mxChangedAt,
                       long version, Instant updatedAt, String updatedBy, List<ProjectAdvice.Note> advice) {

        static ProjectJson of(ProjectSettings s) {
            return new ProjectJson(s.data(), s.isMxPointsToCloud(), s.getMxChangedAt(), s.getVersion(), s.getUpdatedAt(),
                    s.getUpdatedBy(), ProjectAdvice.of(s.data()));
        }
    }

    record MxJson(boolean pointsToCloud, @org.jspecify.annotations.Nullable Instant changedAt) {
    }

    record Error(String message) {
    }

    @GetMapping
    ProjectJson get() {
        return ProjectJson.of(project.current());
    }

    /** @param version the version the caller read; a newer one on the server is a 409 conflict */
    @PutMapping
    ProjectJson put(@RequestBody ProjectSettingsData settings, @RequestParam long version) {
        return ProjectJson.of(project.update(settings, version));
    }

    /** Where the MX record points and since when; the batch removal guard reads it. */
    @PutMapping("/mx")
    ProjectJson putMx(@RequestBody MxJson mx, @RequestParam long version) {
        return ProjectJson.of(project.recordMx(mx.pointsToCloud(), mx.changedAt(), version));
    }

    @ExceptionHandler(ProjectService.ProjectSettingsConflict.class)
    ResponseEntity<Error> conflict(ProjectService.ProjectSettingsConflict conflict) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Error(conflict.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Error> invalid(IllegalArgumentException invalid) {
        return ResponseEntity.unprocessableContent().body(new Error(invalid.getMessage()));
    }
}
