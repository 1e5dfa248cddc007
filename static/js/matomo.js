/* Optional Matomo (MATOMO_URL, MATOMO_SITE_ID): the programme's own server, no cookie, no third party.
   Kept in a file so that a strict Content-Security-Policy needs no inline script. */
(function () {
    var script = document.currentScript;
    var base = script.getAttribute("data-matomo-url").replace(/\/$/, "") + "/";
    var queue = (window._paq = window._paq || []);
    queue.push(["disableCookies"]);
    queue.push(["setDoNotTrack", true]);
    queue.push(["trackPageView"]);
    queue.push(["enableLinkTracking"]);
    queue.push(["setTrackerUrl", base + "matomo.php"]);
    queue.push(["setSiteId", script.getAttribute("data-site-id")]);
    var loader = document.createElement("script");
    loader.async = true;
    loader.src = base + "matomo.js";
    document.head.appendChild(loader);
})();
