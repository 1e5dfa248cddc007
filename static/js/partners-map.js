// Partner map: an enhancement of the list (the page works without it).
// - [data-partners-map]: clustered markers from the #partners-map-data GeoJSON (or, for many results, the
//   feed at data-geojson-url with the same filters): the same results as the list;
// - [data-partner-point]: the small map of one partner page;
// - [data-near-me]: "Autour de moi" fills lat/lon from the browser's position and reloads the filtered list.
(function () {
  "use strict";

  function tiles(container) {
    return L.tileLayer(container.dataset.tilesUrl, { attribution: container.dataset.attribution, maxZoom: 19 });
  }

  // A map in French: zoom buttons named in French, the attribution without Leaflet's own link (one Tab
  // stop fewer), popups closed by a "Fermer" button.
  function frenchMap(container) {
    var map = L.map(container, { scrollWheelZoom: false, zoomControl: false });
    L.control.zoom({ zoomInTitle: "Zoomer", zoomOutTitle: "Dézoomer" }).addTo(map);
    map.attributionControl.setPrefix(false);
    return map;
  }

  // A cluster says how many partners it holds and what Enter does (Leaflet names it only "2" or "5").
  function clusterIcon(cluster) {
    var count = cluster.getChildCount();
    var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
    return L.divIcon({
      html: '<div><span aria-hidden="true">' + count + '</span><span class="visually-hidden">' + count +
        " partenaires ici : Entrée pour zoomer</span></div>",
      className: "marker-cluster marker-cluster-" + size,
      iconSize: L.point(40, 40)
    });
  }

  // Keyboard users go from a marker into its popup and back: Enter opens it and focuses its link,
  // Escape (or "Fermer") closes it and gives the focus back to the marker.
  function popupsByKeyboard(map) {
    map.on("popupopen", function (event) {
      var box = event.popup.getElement();
      var close = box.querySelector(".leaflet-popup-close-button");
      if (close) { close.setAttribute("aria-label", "Fermer"); close.title = "Fermer"; }
      if (!box.dataset.escapeCloses) {
        // Leaflet listens to Escape only while the map itself has the focus, not a link in a popup.
        box.dataset.escapeCloses = "1";
        box.addEventListener("keydown", function (key) { if (key.key === "Escape") map.closePopup(); });
      }
      var link = box.querySelector("a.partners-popup__title");
      if (link) link.focus();
    });
    map.on("popupclose", function (event) {
      var source = event.popup._source;
      var box = event.popup.getElement();
      var active = document.activeElement;
      var focusWasInside = !active || active === document.body || (box && box.contains(active));
      if (source && source.getElement && source.getElement() && focusWasInside) source.getElement().focus();
    });
  }

  function popupContent(feature, embed) {
    var props = feature.properties;
    var box = document.createElement("div");
    var title = document.createElement("a");
    title.href = props.url;
    title.textContent = props.name;
    title.className = "partners-popup__title";
    if (embed) { title.target = "_blank"; title.rel = "noopener"; }
    box.appendChild(title);
    var meta = document.createElement("p");
    meta.textContent = [props.kind_label, props.commune, props.distance ? "à " + props.distance : ""]
      .filter(Boolean).join(" · ");
    box.appendChild(meta);
    return box;
  }

  // Few results travel inside the page; many are fetched from the cached GeoJSON feed.
  function loadMapData(container, done) {
    var dataElement = document.getElementById("partners-map-data");
    if (dataElement) { done(JSON.parse(dataElement.textContent)); return; }
    if (!container.dataset.geojsonUrl || !window.fetch) return;
    fetch(container.dataset.geojsonUrl, { headers: { Accept: "application/geo+json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) done(data); })
      .catch(function () { /* the list below stays the whole answer */ });
  }

  function initPartnersMap(container) {
    if (typeof L === "undefined") return;
    loadMapData(container, function (data) { showPartnersMap(container, data); });
  }

  function showPartnersMap(container, data) {
    container.hidden = false;
    document.querySelectorAll("[data-map-only]").forEach(function (el) { el.hidden = false; });
    var map = frenchMap(container);
    tiles(container).addTo(map);
    popupsByKeyboard(map);
    var embed = container.dataset.embed === "1";
    var layer = typeof L.markerClusterGroup === "function"
      ? L.markerClusterGroup({ iconCreateFunction: clusterIcon })
      : L.featureGroup();
    L.geoJSON(data, {
      onEachFeature: function (feature, marker) {
        marker.bindPopup(popupContent(feature, embed));
        marker.options.title = feature.properties.name;
        marker.options.alt = feature.properties.name;
      }
    }).eachLayer(function (marker) { layer.addLayer(marker); });
    map.addLayer(layer);
    var bounds = layer.getBounds();
    if (container.dataset.nearLat) {
      var here = [parseFloat(container.dataset.nearLat), parseFloat(container.dataset.nearLon)];
      L.circleMarker(here, { radius: 8, color: "#1b1f3b", fillColor: "#ffc940", fillOpacity: 1 })
        .bindTooltip("Ta position").addTo(map);
      map.setView(here, 14);
    } else if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    } else {
      map.setView([43.52, 5.1], 9);
    }
  }

  function initPoint(container) {
    if (typeof L === "undefined") return;
    var point = [parseFloat(container.dataset.lat), parseFloat(container.dataset.lon)];
    if (isNaN(point[0]) || isNaN(point[1])) return;
    container.hidden = false;
    var map = frenchMap(container).setView(point, 16);
    tiles(container).addTo(map);
    L.marker(point, { title: container.dataset.name, alt: container.dataset.name }).addTo(map);
  }

  function initNearMe(button) {
    if (!("geolocation" in navigator)) return;
    var form = button.form;
    var status = document.querySelector("[data-near-me-status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      if (status) status.textContent = "Recherche de ta position…";
      navigator.geolocation.getCurrentPosition(function (position) {
        // About 100 m of precision is enough to sort by distance, and says less about where you are.
        form.elements.lat.value = position.coords.latitude.toFixed(3);
        form.elements.lon.value = position.coords.longitude.toFixed(3);
        var page = form.querySelector('input[name="page"]');
        if (page) page.remove();
        form.submit();
      }, function () {
        if (status) status.textContent = "Ta position n'est pas disponible. Choisis plutôt un territoire dans les filtres.";
      }, { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 });
    });
  }

  function init() {
    document.querySelectorAll("[data-partners-map]").forEach(initPartnersMap);
    document.querySelectorAll("[data-partner-point]").forEach(initPoint);
    document.querySelectorAll("[data-near-me]").forEach(initNearMe);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
