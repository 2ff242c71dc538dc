/*
 * Corredor embed helper for host pages (no dependencies). Add it once to a page that embeds
 * Corredor iframes carrying the `data-corredor` attribute:
 *
 *   <script src="https://YOUR-CORREDOR-HOST/embed.js" async></script>
 *
 * It resizes each iframe to the height its content announces. It accepts a message only
 * from the iframe's own window and origin, reads only a number from it, clamps it, and
 * never navigates or touches anything else on the page.
 */
(function () {
  "use strict";
  var MIN = 200;
  var MAX = 10000;

  function heightOf(data) {
    if (typeof data === "string") {
      // Pym.js: "pymxPYMx<id>xPYMxheightxPYMx<height>"
      var parts = data.split("xPYMx");
      if (parts.length === 4 && parts[0] === "pym" && parts[2] === "height") return Number(parts[3]);
      try {
        data = JSON.parse(data);
      } catch (e) {
        return NaN;
      }
    }
    if (!data || typeof data !== "object") return NaN;
    if (data["datawrapper-height"] && typeof data["datawrapper-height"] === "object") {
      for (var key in data["datawrapper-height"]) return Number(data["datawrapper-height"][key]);
    }
    if (data.sentinel === "amp" && data.type === "embed-size") return Number(data.height);
    if (data.sender === "Flourish" && data.method === "resize") return Number(data.height);
    return NaN;
  }

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  // Tell each frame its width: Corredor answers with its height, so the order in which this
  // script and the frames load does not matter.
  function hint(frame) {
    var origin = originOf(frame.src);
    if (!origin || !frame.contentWindow) return;
    var width = Math.max(MIN, Math.round(frame.getBoundingClientRect().width));
    try {
      frame.contentWindow.postMessage({ type: "corredor:width", width: width }, origin);
    } catch (e) {
      /* not loaded yet: the load listener will hint again */
    }
  }

  // Until a frame has answered once, hint again every half second (for 30 s at most): a
  // frame whose app was not listening yet, and whose own announcements went out before this
  // script listened, still gets sized.
  function keepHinting(frame, attempts) {
    if (frame.__corredorHeard || attempts <= 0) return;
    hint(frame);
    setTimeout(function () {
      keepHinting(frame, attempts - 1);
    }, 500);
  }

  function hintAll() {
    var frames = document.querySelectorAll("iframe[data-corredor]");
    for (var i = 0; i < frames.length; i++) {
      if (!frames[i].__corredorHinted) {
        frames[i].__corredorHinted = true;
        frames[i].addEventListener("load", hint.bind(null, frames[i]));
        keepHinting(frames[i], 60);
      }
      hint(frames[i]);
    }
  }

  hintAll();
  window.addEventListener("resize", hintAll);

  window.addEventListener("message", function (event) {
    var frames = document.querySelectorAll("iframe[data-corredor]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame.src) !== event.origin) return;
      // The first message proves the frame is listening: tell it its width now, in case the
      // hint sent when it loaded arrived before the app was ready.
      if (!frame.__corredorHeard) {
        frame.__corredorHeard = true;
        hint(frame);
      }
      var height = heightOf(event.data);
      if (!isFinite(height)) return;
      frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + "px";
      return;
    }
  });
})();
