package org.migrationtracker.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.plan.Milestone;
import org.migrationtracker.plan.Phase;
import org.migrationtracker.plan.PlanConflict;
import org.migrationtracker.plan.PlanItem;
import org.migrationtracker.plan.PlanService;
import org.migrationtracker.plan.Step;
import org.migrationtracker.plan.StepChange;
import org.migrationtracker.plan.StepCheck;
import org.migrationtracker.plan.StepField;
import org.migrationtracker.plan.StepHistoryEntry;
import org.migrationtracker.plan.StepRefused;
import org.migrationtracker.plan.StepStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /api/v1/plan}: the project plan's checklist, each step's history and the timeline. Every role reads; admins
 * and the project lead change steps. Messages are English; step, status and field names are the stable keys.
 */
@Tag(name = "Plan", description = "The migration's project plan: its steps, their history and the timeline")
@RestController
@RequestMapping("/api/v1/plan")
class PlanApi {

    private final PlanService plan;

    PlanApi(PlanService plan) {
        this.plan = plan;
    }

    record PlanJson(String method, List<StepJson> steps, List<String> late, List<String> upcoming) {
    }

    /** One step: what the tracker shows for it, what was recorded and the version to send back with a change. */
    record StepJson(String step, Phase phase, String title, boolean applies, boolean optional, StepStatus status,
                    boolean doneByTracker, @Nullable String owner, @Nullable LocalDate dueOn, @Nullable Instant doneAt,
                    String note, Map<String, String> values, boolean late, @Nullable CheckJson check, long version,
                    @Nullable Instant updatedAt, @Nullable String updatedBy) {

        static StepJson of(PlanItem item) {
            var record = item.record();
            var values = new LinkedHashMap<String, String>();
            item.step().fields().forEach(field -> {
                if (record.value(field) != null) {
                    values.put(field.name(), record.value(field));
                }
            });
            return new StepJson(item.step().name(), item.step().phase(), Message.of(item.step().messageKey()).english(),
                    item.applies(), item.optional(), item.status(), item.doneByTracker(), record.owner(), record.dueOn(),
                    item.doneAt(), record.note(), values, item.late(),
                    item.check() == null ? null : new CheckJson(item.check().outcome(), item.check().says()),
                    record.version(), record.updatedAt(), record.updatedBy().isEmpty() ? null : record.updatedBy());
        }
    }

    /** What the tracker finds by itself for the step. */
    record CheckJson(StepCheck.Outcome outcome, Message message) {
    }

    /**
     * A change of a step: its whole editable state. Text throughout, so that a wrong value is answered with a 422
     * naming the field rather than a parse error.
     *
     * @param values by field name (DOMAIN, TXT_ADDED_AT, MX_TTL_SECONDS, MX_SWITCHED_AT, ...); a missing one is cleared
     */
    record StepChangeJson(@Nullable String status, @Nullable String owner, @Nullable String dueOn, @Nullable String note,
                          @Nullable Map<String, String> values) {
    }

    record SavedJson(StepJson saved, List<Message> warnings) {
    }

    record Refusal(Message message, List<Message> reasons) {
    }

    record Error(Message message) {
    }

    @Operation(operationId = "getPlan", summary = "The plan: every step with its status, the late and upcoming ones",
            description = "Every role. The steps of the chosen method in order, with the late and upcoming ones named.")
    @GetMapping
    PlanJson get() {
        var current = plan.plan();
        return new PlanJson(current.method().name(), current.items().stream().map(StepJson::of).toList(),
                current.late().stream().map(i -> i.step().name()).toList(),
                current.upcoming().stream().map(i -> i.step().name()).toList());
    }

    @Operation(operationId = "getPlanStep", summary = "One step of the plan",
            description = "Every role. 404 for a step name the plan does not have.")
    @GetMapping("/steps/{step}")
    StepJson step(@PathVariable String step) {
        var named = named(step);
        var current = plan.plan();
        return current.find(named).map(StepJson::of)
                .orElseThrow(() -> new UnknownStep(Message.of("plan.step-not-in-plan", Message.of(named.messageKey()))));
    }

    /** @param version the step's version the caller read (0 for a step nobody saved yet); a newer one is a 409 */
    @Operation(operationId = "changePlanStep", summary = "Change a step's status, owner, dates, note or values",
            description = "Admins and the project lead. Give the version you read (0 for a step nobody saved yet): a newer one is a 409 conflict. A change the step's rules refuse is a 422 with the reasons; warnings come with the saved step.")
    @PutMapping(path = "/steps/{step}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SavedJson put(@PathVariable String step, @RequestParam long version, @RequestBody StepChangeJson change) {
        var named = named(step);
        // a body without a status keeps the step's (for the MX step, the project's MX record as the step shows it)
        var saved = plan.update(named, version, change(named, change, plan.shownStatus(named)));
        return new SavedJson(StepJson.of(saved.item()), saved.warnings());
    }

    @Operation(operationId = "getPlanStepHistory", summary = "A step's history",
            description = "Every role. Each change with who made it and when.")
    @GetMapping("/steps/{step}/history")
    List<StepHistoryEntry> history(@PathVariable String step) {
        return plan.history(named(step));
    }

    /** The milestones in date order; {@code what} is English. */
    @Operation(operationId = "getPlanTimeline", summary = "The milestones in date order",
            description = "Every role. Milestone names are English.")
    @GetMapping("/timeline")
    List<Milestone> timeline() {
        return plan.timeline();
    }

    private static Step named(String name) {
        return Arrays.stream(Step.values()).filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new UnknownStep(Message.of("plan.api.unknown-step", name, names(Step.values()))));
    }

    private static StepChange change(Step step, StepChangeJson json, StepStatus current) {
        var problems = new ArrayList<Message>();
        StepStatus status = current;
        if (json.status() != null && !json.status().isBlank()) {
            status = Arrays.stream(StepStatus.values()).filter(s -> s.name().equalsIgnoreCase(json.status().strip()))
                    .findFirst().orElse(null);
            if (status == null) {
                problems.add(Message.of("plan.api.unknown-status", json.status(), names(StepStatus.values())));
            }
        }
        LocalDate dueOn = null;
        if (json.dueOn() != null && !json.dueOn().isBlank()) {
            try {
                dueOn = LocalDate.parse(json.dueOn().strip());
            } catch (DateTimeParseException e) {
                problems.add(Message.of("plan.api.bad-day", json.dueOn()));
            }
        }
        var values = new EnumMap<StepField, String>(StepField.class);
        if (json.values() != null) {
            json.values().forEach((name, value) -> {
                var field = Arrays.stream(StepField.values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
                if (field.isEmpty()) {
                    problems.add(Message.of("plan.api.unknown-field", name, Message.of(step.messageKey()),
                            step.fields().isEmpty() ? "-" : names(step.fields().toArray(StepField[]::new))));
                } else {
                    values.put(field.get(), value);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new StepRefused(step, problems);
        }
        return new StepChange(status, json.owner(), dueOn, json.note(), values);
    }

    private static String names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A step name the catalogue does not know, or a step the plan does not have: 404. */
    static class UnknownStep extends RuntimeException {

        private final Message message;

        UnknownStep(Message message) {
            super(message.english());
            this.message = message;
        }
    }

    @ExceptionHandler(UnknownStep.class)
    ResponseEntity<Error> unknown(UnknownStep unknown) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Error(unknown.message));
    }

    @ExceptionHandler(StepRefused.class)
    ResponseEntity<Refusal> refused(StepRefused refused) {
        return ResponseEntity.unprocessableContent().body(new Refusal(refused.message(), refused.reasons()));
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Refusal> refused(Refused refused) {
        return ResponseEntity.unprocessableContent().body(new Refusal(refused.message(), List.of()));
    }

    @ExceptionHandler(PlanConflict.class)
    ResponseEntity<Error> conflict(PlanConflict conflict) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Error(conflict.message()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Error> unreadable(HttpMessageNotReadableException unreadable) {
        return ResponseEntity.badRequest().body(new Error(Message.of("plan.api.bad-body")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Error> missing(MissingServletRequestParameterException missing) {
        return ResponseEntity.badRequest().body(new Error(Message.of("plan.api.missing-parameter", missing.getParameterName())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Error> mismatch(MethodArgumentTypeMismatchException mismatch) {
        return ResponseEntity.badRequest().body(new Error(Message.of("plan.api.bad-parameter", mismatch.getName(),
                String.valueOf(mismatch.getValue()))));
    }
}
