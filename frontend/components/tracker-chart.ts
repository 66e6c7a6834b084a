import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as echarts from 'echarts';

/**
 * An Apache ECharts chart whose option (JSON) is set from Java; it redraws when the option changes and resizes
 * with its element. SVG rendering keeps it sharp when the dashboard is printed.
 */
@customElement('tracker-chart')
export class TrackerChart extends LitElement {
  static styles = css`
    :host { display: block; width: 100%; height: 320px; }
    #chart { width: 100%; height: 100%; }
  `;

  @property({ type: String }) option = '{}';

  private chart?: echarts.ECharts;
  private observer?: ResizeObserver;

  render() {
    return html`<div id="chart"></div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.init();
    }
  }

  firstUpdated() {
    this.init();
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has('option')) {
      this.apply();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private init() {
    const element = this.renderRoot.querySelector('#chart') as HTMLDivElement | null;
    if (!element || this.chart) {
      return;
    }
    this.chart = echarts.init(element, undefined, { renderer: 'svg' });
    this.observer = new ResizeObserver(() => this.chart?.resize());
    this.observer.observe(element);
    this.apply();
  }

  private apply() {
    if (this.chart) {
      this.chart.setOption(JSON.parse(this.option || '{}'), { notMerge: true });
    }
  }
}
