package org.migrationtracker.plan.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.FieldProblem;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.plan.Step;
import org.migrationtracker.plan.StepField;
import org.migrationtracker.plan.StepRecord;
import org.migrationtracker.plan.StepRules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One input per value a step carries, by its kind: a host name as text, a time picked in the reader's zone and sent
 * as an ISO instant, seconds as a whole number, yes or no as a checkbox. Values go to the service as text.
 */
final class StepValues {

    private final Map<StepField, AbstractField<?, ?>> inputs = new LinkedHashMap<>();
    private final ZoneId zone;
    /** A yes/no nobody recorded stays unrecorded while its box is left unticked. */
    private final Map<StepField, Boolean> recorded = new EnumMap<>(StepField.class);

    StepValues(Step step, PlanTexts texts) {
        this.zone = texts.zone();
        for (var field : step.fields()) {
            AbstractField<?, ?> input = switch (field.kind()) {
                case HOST -> {
                    var host = new TextField(texts.text(field.messageKey()));
                    host.setPlaceholder(switch (field) {
                        case EXCHANGE_SERVER -> "EXCH-SRV-01.corp.contoso.com";
                        case AUTODISCOVER_HOST -> "autodiscover.contoso.com";
                        case AUTODISCOVER_TARGET -> StepRules.AUTODISCOVER_TARGET;
                        default -> "mail.contoso.com";
                    });
                    yield host;
                }
                case TIME -> {
                    var time = new DateTimePicker(texts.text(field.messageKey()));
                    time.setHelperText(texts.text("plan.time-zone", zone.getId()));
                    time.setLocale(texts.locale());
                    // to the second: the removal guard compares the MX switch with the batches' last sync
                    time.setStep(Duration.ofSeconds(1));
                    yield time;
                }
                case SECONDS -> {
                    var seconds = new IntegerField(texts.text(field.messageKey()));
                    seconds.setMin(1);
                    if (step == Step.LOWER_MX_TTL) {
                        seconds.setHelperText(texts.text("plan.ttl-advice", StepRules.MAX_TTL_SECONDS));
                    }
                    yield seconds;
                }
                case YES_NO -> new Checkbox(texts.text(field.messageKey()));
            };
            input.getElement().setAttribute("data-field", field.name());
            inputs.put(field, input);
        }
    }

    Map<StepField, AbstractField<?, ?>> inputs() {
        return inputs;
    }

    @SuppressWarnings("unchecked")
    <V> HasValue<?, V> input(StepField field) {
        return (HasValue<?, V>) inputs.get(field);
    }

    void load(StepRecord record, @Nullable Instant mxSwitchedAt) {
        recorded.clear();
        inputs.forEach((field, input) -> {
            String value = record.value(field);
            if (value == null && field == StepField.MX_SWITCHED_AT && mxSwitchedAt != null) {
                // recorded on the project (the API or before the plan existed): the step shows that time
                value = mxSwitchedAt.toString();
            }
            switch (input) {
                case TextField host -> host.setValue(value == null ? "" : value);
                case DateTimePicker time -> time.setValue(StepRules.time(value)
                        .map(at -> LocalDateTime.ofInstant(at, zone)).orElse(null));
                case IntegerField seconds -> seconds.setValue(StepRules.seconds(value).orElse(null));
                case Checkbox yesNo -> {
                    yesNo.setValue("true".equals(value));
                    recorded.put(field, value != null);
                }
                default -> throw new IllegalStateException("no input for " + field);
            }
        });
    }

    /** The values as the service takes them; an empty input is no value. */
    Map<StepField, String> values() {
        var values = new EnumMap<StepField, String>(StepField.class);
        inputs.forEach((field, input) -> {
            String value = switch (input) {
                case TextField host -> host.getValue();
                case DateTimePicker time -> time.getValue() == null ? null : time.getValue().atZone(zone).toInstant().toString();
                case IntegerField seconds -> seconds.getValue() == null ? null : seconds.getValue().toString();
                case Checkbox yesNo -> yesNo.getValue() || recorded.getOrDefault(field, false) ? String.valueOf(yesNo.getValue()) : null;
                default -> null;
            };
            if (value != null && !value.isBlank()) {
                values.put(field, value);
            }
        });
        return values;
    }

    /** Sets an empty time to now, for a step marked done that records when (the MX switch). */
    void timeNowIfEmpty(StepField field, Instant now) {
        if (inputs.get(field) instanceof DateTimePicker time && time.getValue() == null) {
            time.setValue(LocalDateTime.ofInstant(now, zone).withNano(0));
        }
    }

    /**
     * Shows each problem at its field, and clears the fields without one.
     *
     * @return the problems shown at a field (the form lists the others)
     */
    Set<Message> showAtFields(Map<StepField, Message> atFields, Locale locale) {
        var shown = new HashSet<Message>();
        inputs.forEach((field, input) -> {
            if (input instanceof HasValidation validated) {
                var problem = atFields.get(field);
                if (!FieldProblem.show(validated, problem, locale)) {
                    shown.add(problem);
                }
            }
        });
        return shown;
    }

    void setReadOnly(boolean readOnly) {
        inputs.values().forEach(input -> input.setReadOnly(readOnly));
    }
}
