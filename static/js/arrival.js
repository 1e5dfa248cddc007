// Two small enhancements of every listing; without JavaScript the pages work the same, one click away.
// - A filter, page or month link ends in #resultats (or another anchor): the browser scrolls there; the
//   element also takes the focus, so a screen reader reads the number of results at once.
// - Filters are folded in a <details> so that results come first on a phone; wide screens unfold them.
(function () {
  "use strict";
  var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target && target.getAttribute("tabindex") === "-1" && !document.querySelector("[autofocus]")) {
    target.focus();
  }
  if (window.matchMedia && window.matchMedia("(min-width: 64rem)").matches) {
    document.querySelectorAll("details[data-filters]").forEach(function (details) { details.open = true; });
  }
})();
