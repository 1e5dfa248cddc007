// Page editor: a click on the small map fills latitude and longitude; typed values move the marker.
(function () {
  "use strict";
  var DEFAULT_CENTER = [43.52, 5.1];

  function init(container) {
    if (container.dataset.ready || typeof L === "undefined") return;
    container.dataset.ready = "1";
    var latInput = document.getElementById(container.dataset.latitudeInput);
    if (!latInput) return;
    var lonInput = latInput.form.querySelector('input[name="' + latInput.name.replace(/latitude$/, "longitude") + '"]');
    if (!lonInput) return;

    var map = L.map(container).setView(DEFAULT_CENTER, 8);
    L.tileLayer(container.dataset.tilesUrl, { attribution: container.dataset.attribution, maxZoom: 19 }).addTo(map);
    var marker = null;

    function readPoint() {
      var lat = parseFloat(latInput.value), lon = parseFloat(lonInput.value);
      if (isNaN(lat) || isNaN(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
      return [lat, lon];
    }
    function place(point, recenter) {
      if (!point) return;
      if (marker) marker.setLatLng(point); else marker = L.marker(point).addTo(map);
      if (recenter) map.setView(point, Math.max(map.getZoom(), 15));
    }
    map.on("click", function (event) {
      latInput.value = event.latlng.lat.toFixed(6);
      lonInput.value = event.latlng.lng.toFixed(6);
      [latInput, lonInput].forEach(function (input) {
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
      place([event.latlng.lat, event.latlng.lng], false);
    });
    [latInput, lonInput].forEach(function (input) {
      input.addEventListener("change", function () { place(readPoint(), true); });
    });
    place(readPoint(), true);
    // The panel may be collapsed or laid out after load.
    setTimeout(function () { map.invalidateSize(); }, 300);
  }

  function initAll() {
    document.querySelectorAll(".partner-map-picker").forEach(init);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initAll);
  else initAll();
})();
