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
  // Loaded twice (two pasted codes): one listener is enough. The mark is a symbol, not a window
  // property by name: an element with id="kdemEmbed" on the host page would make that name truthy
  // (DOM named access) and switch the script off.
  var MARK = typeof Symbol === "function" ? Symbol.for("kdem.embed.v1") : "__kdemEmbedV1";
  if (Object.prototype.hasOwnProperty.call(window, MARK)) return;
  var CHARTS = [
    "annual-exports",
    "target-path",
    "world-share",
    "top-exporters",
    "buyers",
    "recipients",
    "exporter-race",
    "contracts-vs-deliveries",
  ];
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
  // Only a frame that shows its embed is asked: one still at about:blank (lazy, not yet loaded) has
  // another origin, and posting to it would log a warning in the host page's console. Those are
  // asked when they load.
  function ping(frame) {
    try {
      var origin = new URL(frame.src, document.baseURI).origin;
      if (frame.contentWindow && showsItsPage(frame)) frame.contentWindow.postMessage({ type: "kdem:ping" }, origin);
    } catch (e) {
      /* an iframe without a usable src: nothing to ask */
    }
  }

  function showsItsPage(frame) {
    try {
      // Readable only while the frame is same-origin with this page: about:blank, or a same-site embed.
      return frame.contentWindow.location.href !== "about:blank";
    } catch (e) {
      return true; // cross-origin: it has loaded the embed
    }
  }

  function pingAll() {
    var frames = document.querySelectorAll("iframe[data-kdem-embed]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      frame.addEventListener("load", function (event) {
        ping(event.currentTarget);
      });
      ping(frame);
    }
  }

  Object.defineProperty(window, MARK, { value: { version: 1 } });
  window.addEventListener("message", onMessage);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", pingAll);
  else pingAll();
})();
