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
    /* on paper the drawing scales to the page's width (its viewBox is set once drawn) instead of being cut */
    @media print {
      #chart, #chart > div { width: 100% !important; }
      svg { width: 100% !important; height: 100% !important; }
    }
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
    this.chart.on('finished', () => this.scalable());
    this.observer = new ResizeObserver(() => this.chart?.resize());
    this.observer.observe(element);
    this.apply();
  }

  /** Gives the drawn SVG a viewBox of its own size, so that print styles can scale it to the page. */
  private scalable() {
    const svg = this.renderRoot.querySelector('svg');
    const width = svg?.getAttribute('width');
    const height = svg?.getAttribute('height');
    if (svg && width && height) {
      svg.setAttribute('viewBox', `0 0 ${parseFloat(width)} ${parseFloat(height)}`);
      svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    }
  }

  private apply() {
    if (this.chart) {
      this.chart.setOption(TrackerChart.localised(JSON.parse(this.option || '{}')), { notMerge: true });
    }
  }

  /**
   * An option's "locale" (a BCP 47 tag set from Java) formats the value axes' labels and the tooltips' values the way
   * the reader writes numbers (2.980 in Danish, 2,980 in English), like the rest of the screen.
   */
  private static localised(option: any): any {
    const locale = option.locale;
    delete option.locale;
    if (!locale) {
      return option;
    }
    const numbers = new Intl.NumberFormat(locale);
    const format = (value: unknown) => (typeof value === 'number' ? numbers.format(value) : value == null ? '–' : String(value));
    const axes = Array.isArray(option.yAxis) ? option.yAxis : option.yAxis ? [option.yAxis] : [];
    for (const axis of axes) {
      if (axis.type === 'value') {
        axis.axisLabel = { ...(axis.axisLabel || {}), formatter: (value: number) => numbers.format(value) };
      }
    }
    if (option.tooltip) {
      option.tooltip = { ...option.tooltip, valueFormatter: format };
    }
    return option;
  }
}
