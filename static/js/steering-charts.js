// Draws each steering chart with Chart.js from the JSON block its canvas names (data-steering-chart).
// The same figures are always in the table under the chart: the chart is a picture of the table.
(function () {
  "use strict";
  if (!window.Chart) {
    return;
  }
  var palette = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490"];
  document.querySelectorAll("canvas[data-steering-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.steeringChart);
    if (!source) {
      return;
    }
    var data = JSON.parse(source.textContent);
    var line = data.type === "line";
    new window.Chart(canvas, {
      type: line ? "line" : "bar",
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series, index) {
          var colour = palette[index % palette.length];
          return {
            label: series.label,
            data: series.values,
            backgroundColor: colour,
            borderColor: colour,
            spanGaps: false,
          };
        }),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: "fr-FR",
        indexAxis: !line && data.labels.length > 6 ? "y" : "x",
        plugins: { legend: { position: "bottom" } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  });
})();
