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
}
