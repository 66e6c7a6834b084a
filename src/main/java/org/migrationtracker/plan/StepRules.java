package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.HostName;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What a step's values must be (DOMAIN.md §3), in plain Java: host names, times, seconds, the TXT record's
 * 15-minute wait, the MX TTL's 3,600 seconds, the Autodiscover CNAME. Problems refuse the change; warnings go with
 * it.
 */
public final class StepRules {

    /** Verification waits about 15 minutes after the TXT (or MX) record was added (001, 002). */
    public static final Duration TXT_WAIT = Duration.ofMinutes(15);
    /** The MX TTL should be 3,600 seconds or less before the migration (001, 002). */
    public static final int MAX_TTL_SECONDS = 3_600;
    public static final String AUTODISCOVER_TARGET = "autodiscover.outlook.com";
    static final int MAX_NOTE = 4_000;

    private StepRules() {
    }

    /**
     * Problems refuse the change; warnings are said with it. {@code atFields} says which value each of the
     * problems that belong to one value is about, so that a form shows it at that field.
     */
    public record Verdict(List<Message> problems, List<Message> warnings, Map<StepField, Message> atFields) {

        public Verdict {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
            atFields = Map.copyOf(atFields);
        }
    }

    /**
     * @param namespaces the tenant's domains: the one recorded on the verification step, else the project's SMTP
     *                   domains (the Autodiscover host belongs to the cloud namespace); empty when none is known
     */
    public static Verdict check(Step step, StepChange change, List<String> namespaces, Instant now) {
        var problems = new ArrayList<Message>();
        var warnings = new ArrayList<Message>();
        var atFields = new EnumMap<StepField, Message>(StepField.class);
        BiConsumer<StepField, Message> at = (field, problem) -> {
            problems.add(problem);
            atFields.putIfAbsent(field, problem);
        };
        change.values().forEach((field, value) -> {
            if (!step.fields().contains(field)) {
                problems.add(Message.of("plan.field-unknown", Message.of(field.messageKey()), Message.of(step.messageKey())));
            } else {
                valueProblem(field, value, now).ifPresent(problem -> at.accept(field, problem));
            }
        });
        if (change.doneAt() != null && change.doneAt().isAfter(now)) {
            problems.add(Message.of("plan.time-future", Message.of("plan.done-at"), change.doneAt()));
        }
        if (change.note().length() > MAX_NOTE) {
            problems.add(Message.of("plan.note-too-long", MAX_NOTE));
        }
        boolean done = change.status() == StepStatus.DONE;
        var values = change.values();
        switch (step) {
            case VERIFY_DOMAIN -> {
                var added = time(values.get(StepField.TXT_ADDED_AT));
                if (done && values.get(StepField.TXT_ADDED_AT) == null) {
                    at.accept(StepField.TXT_ADDED_AT, Message.of("plan.txt-missing"));
                } else if (done && added.isPresent() && now.isBefore(added.get().plus(TXT_WAIT))) {
                    at.accept(StepField.TXT_ADDED_AT, Message.of("plan.txt-wait", added.get(), added.get().plus(TXT_WAIT)));
                }
            }
            case OUTLOOK_ANYWHERE -> {
                if (done && !"true".equals(values.get(StepField.TRUSTED_CERTIFICATE))) {
                    at.accept(StepField.TRUSTED_CERTIFICATE, Message.of("plan.certificate-untrusted"));
                }
            }
            case LOWER_MX_TTL, RAISE_MX_TTL -> {
                var ttl = seconds(values.get(StepField.MX_TTL_SECONDS));
                if (done && values.get(StepField.MX_TTL_SECONDS) == null) {
                    at.accept(StepField.MX_TTL_SECONDS, Message.of("plan.ttl-missing"));
                }
                if (step == Step.LOWER_MX_TTL && ttl.isPresent() && ttl.get() > MAX_TTL_SECONDS) {
                    warnings.add(Message.of("plan.ttl-high", ttl.get(), MAX_TTL_SECONDS));
                }
            }
            case MX_SWITCH -> {
                if (done && values.get(StepField.MX_SWITCHED_AT) == null) {
                    at.accept(StepField.MX_SWITCHED_AT, Message.of("plan.mx-when"));
                }
            }
            case AUTODISCOVER -> autodiscover(values, done, namespaces, at, problems, warnings);
            default -> {
                // no rule beyond the values' own
            }
        }
        return new Verdict(problems, warnings, atFields);
    }

    private static void autodiscover(Map<StepField, String> values, boolean done, List<String> namespaces,
                                     BiConsumer<StepField, Message> at, List<Message> problems, List<Message> warnings) {
        String host = values.get(StepField.AUTODISCOVER_HOST);
        String target = values.get(StepField.AUTODISCOVER_TARGET);
        if (done && (host == null || target == null)) {
            problems.add(Message.of("plan.autodiscover-missing", AUTODISCOVER_TARGET));
        }
        if (host != null && !host.toLowerCase(Locale.ROOT).startsWith("autodiscover.")) {
            at.accept(StepField.AUTODISCOVER_HOST, Message.of("plan.autodiscover-alias", host));
        }
        if (target != null && !AUTODISCOVER_TARGET.equalsIgnoreCase(stripDot(target))) {
            at.accept(StepField.AUTODISCOVER_TARGET, Message.of("plan.autodiscover-target", target, AUTODISCOVER_TARGET));
        }
        if (host != null && !namespaces.isEmpty() && host.toLowerCase(Locale.ROOT).startsWith("autodiscover.")) {
            String namespace = stripDot(host.substring("autodiscover.".length())).toLowerCase(Locale.ROOT);
            boolean inside = namespaces.stream().map(d -> stripDot(d).toLowerCase(Locale.ROOT))
                    .anyMatch(domain -> namespace.equals(domain) || namespace.endsWith("." + domain));
            if (!inside) {
                warnings.add(Message.of("plan.autodiscover-namespace", host, String.join(", ", namespaces)));
            }
        }
    }

    private static String stripDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static Optional<Message> valueProblem(StepField field, String value, Instant now) {
        var label = Message.of(field.messageKey());
        return switch (field.kind()) {
            case HOST -> HostName.isValid(value) ? Optional.empty()
                    : Optional.of(Message.of("plan.bad-host", label, value));
            case TIME -> {
                var at = time(value);
                if (at.isEmpty()) {
                    yield Optional.of(Message.of("plan.bad-time", label, value));
                }
                yield at.get().isAfter(now) ? Optional.of(Message.of("plan.time-future", label, at.get()))
                        : Optional.empty();
            }
            case SECONDS -> seconds(value).filter(s -> s > 0).isPresent() ? Optional.empty()
                    : Optional.of(Message.of("plan.bad-seconds", label, value));
            case YES_NO -> "true".equals(value) || "false".equals(value) ? Optional.empty()
                    : Optional.of(Message.of("plan.bad-yes-no", label, value));
        };
    }

    /** A time value: an ISO-8601 instant or offset date-time (2026-11-20T08:00:00Z, 2026-11-20T09:00+01:00). */
    public static Optional<Instant> time(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A seconds value: a whole number of at most nine digits. */
    public static Optional<Integer> seconds(@Nullable String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }
}
