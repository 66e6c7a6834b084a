package org.migrationtracker.i18n;

import com.vaadin.flow.component.HasValidation;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Map;

/** A problem with one value of a form, said at its field in the reader's language (or the field cleared). */
public final class FieldProblem {

    private FieldProblem() {
    }

    /** @return true when there is no problem */
    public static boolean show(HasValidation field, @Nullable Message problem, Locale locale) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem == null ? null : problem.in(locale));
        return problem == null;
    }

    /** Every field's problem at once, the others cleared; true when there is none. */
    public static <F> boolean showAll(Map<F, ? extends HasValidation> fields, Map<F, Message> problems, Locale locale) {
        fields.forEach((key, field) -> show(field, problems.get(key), locale));
        return problems.isEmpty();
    }
}
