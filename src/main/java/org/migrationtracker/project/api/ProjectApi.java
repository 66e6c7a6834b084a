package org.migrationtracker.project.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.project.ProjectAdvice;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.project.ProjectSettings;
import org.migrationtracker.project.ProjectSettingsData;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
@Tag(name = "Project", description = "The project settings and the method advisor")
@RestController
@RequestMapping("/api/v1/project")
class ProjectApi {

    private final ProjectService project;

    ProjectApi(ProjectService project) {
        this.project = project;
    }

    record ProjectJson(ProjectSettingsData settings, boolean mxPointsToCloud, @Nullable Instant mxChangedAt,
                       long version, Instant updatedAt, String updatedBy, RecommendationJson recommendation,
                       List<AdviceJson> advice) {
    }

    /** The method Microsoft's guidance recommends for the project, why, and what to watch for. */
    record RecommendationJson(String method, List<AdviceJson> reasons, List<AdviceJson> warnings) {
    }

    /** One piece of advice: its stable key for scripts, and its English text from the screens' bundle. */
    record AdviceJson(ProjectAdvice.Severity severity, String key, String text) {
    }

    private ProjectJson json(ProjectSettings s) {
        var advice = project.advice(s.data());
        var recommendation = advice.recommendation();
        return new ProjectJson(s.data(), s.isMxPointsToCloud(), s.getMxChangedAt(), s.getVersion(), s.getUpdatedAt(),
                s.getUpdatedBy(), new RecommendationJson(recommendation.method().name(), json(recommendation.reasons()),
                json(recommendation.warnings())), json(advice.notes()));
    }

    private static List<AdviceJson> json(List<ProjectAdvice.Note> notes) {
        return notes.stream().map(note -> new AdviceJson(note.severity(), note.key(), note.message().english())).toList();
    }

    record MxJson(boolean pointsToCloud, @Nullable Instant changedAt) {
    }

    record Error(String message) {
    }

    @Operation(operationId = "getProject", summary = "The project settings with the recommended method and advice",
            description = "Every role. The advice's key and English text, whatever the caller's language.")
    @GetMapping
    ProjectJson get() {
        return json(project.current());
    }

    /** @param version the version the caller read; a newer one on the server is a 409 conflict */
    @Operation(operationId = "changeProject", summary = "Change the project settings",
            description = "Admins. Give the version you read: a newer one on the server is a 409 conflict. Invalid settings are a 422 saying which.")
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ProjectJson put(@RequestBody ProjectSettingsData settings, @RequestParam long version) {
        return json(project.update(settings, version));
    }

    /**
     * Where the MX record points and since when; the batch removal guard reads it. Kept for existing scripts: the
     * project plan's step is the place now ({@code PUT /api/v1/plan/steps/MX_SWITCH} with status DONE and
     * {@code values.MX_SWITCHED_AT}), which records the same MX record with the step's owner, note and history.
     */
    @Operation(operationId = "recordMx", summary = "Record where the MX record points (older form of the MX_SWITCH plan step)",
            description = "Admins. Kept for older scripts: PUT /api/v1/plan/steps/MX_SWITCH records the same with the step's owner, note and history.")
    @PutMapping(path = "/mx", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProjectJson putMx(@RequestBody MxJson mx, @RequestParam long version) {
        return json(project.recordMx(mx.pointsToCloud(), mx.changedAt(), version));
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
