package org.migrationtracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** A chart drawn in the browser by Apache ECharts (docs/adr/0011); the option is ECharts' JSON. */
@Tag("tracker-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/tracker-chart.ts")
public class Chart extends Component implements HasSize {

    public void setOption(String optionJson) {
        getElement().setProperty("option", optionJson);
    }

    public String getOption() {
        return getElement().getProperty("option", "{}");
    }

    /** What the chart shows, in words, for screen readers (the drawing itself is an image to them). */
    public void setDescription(String description) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
    }

    public String getDescription() {
        return getElement().getAttribute("aria-label");
    }
}
