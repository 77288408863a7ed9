// Enhances the server-rendered public pages. Each chart is drawn on the server as SVG,
// which is the chart a visitor reads. When the visitor reaches for it (pointer over it,
// a touch, focus inside), ECharts (one script, 238 KiB, loaded only then and only on pages
// that have a chart) draws the same chart model interactively in its place, with tooltips:
// a phone on a slow, metered connection does not pay for it just by opening the page.
(function () {
  'use strict';
  var charts = document.querySelectorAll('[data-echart]');
  if (!charts.length) return;
  var loading = null;

  function loadECharts(src) {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = src;
        script.onload = function () { resolve(window.echarts); };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function withFormatters(option, unit) {
    var lang = document.documentElement.lang || 'id';
    var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    var format = function (v) { return v == null || isNaN(v) ? '–' : number.format(v); };
    option.tooltip = Object.assign({}, option.tooltip, {
      valueFormatter: function (v) { return format(v) + (unit && v != null ? ' ' + unit : ''); }
    });
    ['xAxis', 'yAxis'].forEach(function (name) {
      var axis = option[name];
      if (axis && axis.type === 'value') {
        axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: format });
      }
    });
    return option;
  }

  function draw(figure) {
    loadECharts(figure.getAttribute('data-src')).then(function (echarts) {
      var option = JSON.parse(figure.querySelector('.chart-option').textContent);
      var fallback = figure.querySelector('.chart-fallback');
      // drawn over the server's SVG, which keeps its place: nothing below moves
      var canvas = document.createElement('div');
      canvas.className = 'chart-canvas';
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', fallback.getAttribute('aria-label'));
      var fit = function () {
        canvas.style.width = fallback.offsetWidth + 'px';
        canvas.style.height = fallback.offsetHeight + 'px';
      };
      fit();
      figure.appendChild(canvas);
      var chart = echarts.init(canvas, null, { renderer: 'svg' });
      chart.on('finished', function () {
        fallback.style.visibility = 'hidden';
        fallback.setAttribute('aria-hidden', 'true');
        figure.setAttribute('data-rendered', 'true');
      });
      chart.setOption(withFormatters(option, figure.getAttribute('data-unit') || ''), true);
      window.addEventListener('resize', function () { fit(); chart.resize(); });
    });
  }

  charts.forEach(function (figure) {
    var events = ['pointerenter', 'touchstart', 'focusin'];
    var once = function () {
      events.forEach(function (name) { figure.removeEventListener(name, once); });
      draw(figure);
    };
    events.forEach(function (name) { figure.addEventListener(name, once, { passive: true }); });
  });
})();
