package org.migrationtracker.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvRefusedException;

/**
 * A refused file's problems: the headline with their number, then each by line and column in a grid, the first
 * {@value CsvRefusedException#MAX_LISTED} at most (the headline says when there were more).
 */
public class CsvProblems extends VerticalLayout {

    /** Up to this many problems show without scrolling. */
    static final int ROWS_WITHOUT_SCROLLING = 12;

    public CsvProblems(CsvRefusedException refused) {
        setPadding(false);
        var headline = new Paragraph(getTranslation("import.refused", refused.fileName(), refused.total()));
        headline.addClassName("form-problem");
        headline.setId("import-refused");
        if (refused.shown() < refused.total()) {
            headline.add(" " + getTranslation("import.refused.first", refused.shown()));
        }
        var grid = new Grid<CsvProblem>();
        grid.addColumn(p -> p.line() == 0 ? "" : String.valueOf(p.line())).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CsvProblem::column).setHeader(getTranslation("import.column")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.message().in(getLocale())).setHeader(getTranslation("import.problem")).setFlexGrow(1);
        grid.setItems(refused.problems());
        boolean few = refused.problems().size() <= ROWS_WITHOUT_SCROLLING;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : "24rem");
        add(headline, grid);
    }
}
