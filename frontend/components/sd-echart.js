// <sd-echart>: draws an Apache ECharts option (JSON, built on the server from the portal's chart model)
// as SVG. Numbers in tooltips and axes follow the page language; the unit is appended in tooltips.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart, MapChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, PieChart, MapChart,
  AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent,
  SVGRenderer,
]);

class SdEChart extends HTMLElement {
  constructor() {
    super();
    this._option = '';
    this._unit = '';
    this._geoJson = '';
    this._mapName = '';
  }

  get option() { return this._option; }
  set option(value) { this._option = value || ''; this._render(); }

  get unit() { return this._unit; }
  set unit(value) { this._unit = value || ''; this._render(); }

  // Boundaries for choropleth maps: a GeoJSON FeatureCollection registered under mapName.
  get geoJson() { return this._geoJson; }
  set geoJson(value) { this._geoJson = value || ''; this._registered = false; this._render(); }

  get mapName() { return this._mapName; }
  set mapName(value) { this._mapName = value || ''; this._registered = false; this._render(); }

  connectedCallback() {
    // properties set by the server before this element was upgraded shadow the accessors; re-apply them
    for (const name of ['option', 'unit', 'geoJson', 'mapName']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this.style.display) this.style.display = 'block';
    this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resizeObserver.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._resizeObserver) this._resizeObserver.disconnect();
    if (this._chart) this._chart.dispose();
    this._chart = null;
  }

  _render() {
    if (!this.isConnected || !this._option) return;
    if (this._geoJson && this._mapName && !this._registered) {
      echarts.registerMap(this._mapName, JSON.parse(this._geoJson));
      this._registered = true;
    }
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'svg' });
      this._chart.on('finished', () => this.setAttribute('data-rendered', 'true'));
    }
    this._chart.setOption(this._withFormatters(JSON.parse(this._option)), true);
  }

  _withFormatters(option) {
    const lang = document.documentElement.lang || 'id';
    const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const unit = this._unit;
    const format = (v) => (v == null || Number.isNaN(v) ? '–' : number.format(v));
    option.tooltip = Object.assign({}, option.tooltip, {
      valueFormatter: (v) => format(v) + (unit && v != null ? ' ' + unit : ''),
    });
    for (const axisName of ['xAxis', 'yAxis']) {
      const axis = option[axisName];
      if (axis && axis.type === 'value') {
        axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: format });
      }
    }
    return option;
  }
}

if (!customElements.get('sd-echart')) {
  customElements.define('sd-echart', SdEChart);
}
