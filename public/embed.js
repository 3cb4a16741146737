/*
 * K-Defense Export Monitor embeds: sizes every <iframe data-kdem-embed> on the page to its chart.
 * Paste once per page, next to the iframes (the Embed dialog's code includes it). No dependencies.
 *
 * A message is trusted only when it comes from the window of one of those iframes (event.source),
 * from the origin that iframe was loaded from, for the chart its address names, and has the shape
 * {type: "kdem:resize", chart, height} with a sane height. Anything else is ignored, so another
 * frame on the page cannot resize our iframes by posting a look-alike message.
 */
(function () {
  "use strict";
  if (window.kdemEmbed) return; // loaded twice: one listener is enough
  var CHARTS = ["annual-exports", "target-path", "world-share", "top-exporters", "buyers"];
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 4000;

  function isResize(data) {
    return (
      data !== null &&
      typeof data === "object" &&
      data.type === "kdem:resize" &&
      CHARTS.indexOf(data.chart) !== -1 &&
      typeof data.height === "number" &&
      isFinite(data.height) &&
      data.height >= MIN_HEIGHT &&
      data.height <= MAX_HEIGHT
    );
  }

  function onMessage(event) {
    if (!isResize(event.data)) return;
    var frames = document.querySelectorAll("iframe[data-kdem-embed]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (!event.source || frame.contentWindow !== event.source) continue;
      var src = new URL(frame.src, document.baseURI);
      var path = src.pathname.replace(/(\/index\.html|\.html|\/)$/, "");
      var expected = "/embed/" + event.data.chart;
      if (src.origin !== event.origin || path.slice(-expected.length) !== expected) return;
      frame.style.height = Math.ceil(event.data.height) + "px";
      return;
    }
  }

  // An embed may have posted its height before this script arrived (it loads async): ask each one
  // to post again. The embed answers only pings from its parent, i.e. this page.
  function ping() {
    var frames = document.querySelectorAll("iframe[data-kdem-embed]");
    for (var i = 0; i < frames.length; i++) {
      try {
        var origin = new URL(frames[i].src, document.baseURI).origin;
        if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: "kdem:ping" }, origin);
      } catch (e) {
        /* an iframe without a usable src: nothing to ask */
      }
    }
  }

  window.kdemEmbed = { version: 1 };
  window.addEventListener("message", onMessage);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ping);
  else ping();
})();
