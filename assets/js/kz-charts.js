/* Draws the book's charts from the Vega-Lite specifications in the page.
 *
 * Each chart is a <div class="kz-chart"> holding its specification as JSON in a
 * <script type="application/json" class="kz-chart-spec"> element (written by
 * kznetworks.render). This script hands each one to vegaEmbed (from the site's own
 * copy of Vega, loaded before it) and draws it again in the colours of the site's
 * dark theme whenever the reader switches themes. It loads nothing from the network.
 */
(function () {
  "use strict";

  var DARK = {
    background: null,
    axis: { domainColor: "#bbb", tickColor: "#bbb", labelColor: "#ddd", titleColor: "#eee", gridColor: "#444" },
    legend: { labelColor: "#ddd", titleColor: "#eee" },
    header: { labelColor: "#ddd", titleColor: "#eee" },
    title: { color: "#eee", subtitleColor: "#ccc" },
    text: { color: "#ddd" },
    rule: { color: "#ccc" },
    view: { stroke: null }
  };
  var OPTIONS = {
    renderer: "svg",
    actions: { export: true, source: false, compiled: false, editor: false }
  };

  function isDark() {
    return document.body.classList.contains("quarto-dark");
  }

  function merge(base, extra) {
    var out = {};
    Object.keys(base || {}).forEach(function (key) { out[key] = base[key]; });
    Object.keys(extra).forEach(function (key) {
      var a = out[key], b = extra[key];
      var bothObjects = a && b && typeof a === "object" && typeof b === "object" &&
        !Array.isArray(a) && !Array.isArray(b);
      out[key] = bothObjects ? merge(a, b) : b;
    });
    return out;
  }

  function themed(spec, dark) {
    if (!dark) { return spec; }
    var copy = merge(spec, {});
    // the spec's own theme (fonts, sizes, palette) stays; dark colours go on top
    var darkConfig = merge(DARK, (spec.usermeta && spec.usermeta.kzDark) || {});
    copy.config = merge(spec.config || {}, darkConfig);
    return copy;
  }

  var charts = [];

  function draw(chart, dark) {
    chart.dark = dark;
    if (chart.view) { chart.view.finalize(); }
    window.vegaEmbed(chart.element, themed(chart.spec, dark), OPTIONS)
      .then(function (result) { chart.view = result; })
      .catch(function (error) { console.error(error); });
  }

  function start() {
    if (typeof window.vegaEmbed !== "function") {
      console.error("kz-charts: the Vega library did not load");
      return;
    }
    var dark = isDark();
    document.querySelectorAll("div.kz-chart").forEach(function (element) {
      var source = element.querySelector("script.kz-chart-spec");
      if (!source) { return; }
      var chart = { element: element, spec: JSON.parse(source.textContent), view: null };
      charts.push(chart);
      draw(chart, dark);
    });
    new MutationObserver(function () {
      var now = isDark();
      charts.forEach(function (chart) { if (chart.dark !== now) { draw(chart, now); } });
    }).observe(document.body, { attributes: true, attributeFilter: ["class"] });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
