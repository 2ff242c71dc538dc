// Start-up watchdog. Runs before the wasm and without it: if the wasm or its JS glue fails
// to load, or start-up takes far too long, the reader gets a message and a reload button
// instead of an endless "Loading…". A panic inside the app is handled by the Rust panic hook,
// which reveals the same message.
(function () {
  "use strict";
  var root = document.documentElement;
  var STARTUP_LIMIT_MS = 20000;

  // The compact layout (main.css, `.compact`) on a standalone page at phone widths: set before
  // the first paint, so the written view is laid out once, and kept as the width changes. An
  // embed has it at every width (its root element's classes).
  var phone = matchMedia("(max-width: 559.98px)");
  var followWidth = function () {
    if (!root.classList.contains("embed")) root.classList.toggle("compact", phone.matches);
  };
  followWidth();
  phone.addEventListener("change", followWidth);

  // A release build writes the default view into the page, one page per language and
  // layout (`core/src/state/pages.rs`); each names itself on its root element (data-page),
  // with the way back to the site's root (data-root) and the table of pages and URL spellings
  // the app reads (data-pages, written from the core, so no rule of the app's is repeated
  // here). Before anything is painted: go to the page the URL asks for, and keep the rendered
  // view only where the app will show exactly it, so handing over to the app moves nothing.
  var params = new URLSearchParams(location.search);
  var page = root.getAttribute("data-page");
  var table = page && JSON.parse(root.getAttribute("data-pages") || "null");
  if (table) {
    // A language tag as the app reads one: its primary subtag, in any case.
    var spoken = function (tag) {
      var primary = String(tag).trim().split(/[-_]/)[0].trim().toLowerCase();
      return table.langs.indexOf(primary) >= 0 ? primary : null;
    };
    // The last well-formed `lang` wins, then the browser's languages, then the root page's
    // (the table's first).
    var wanted = null;
    params.getAll("lang").forEach(function (value) {
      wanted = spoken(value) || wanted;
    });
    var languages = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < languages.length && !wanted; i++) wanted = spoken(languages[i]);
    wanted = wanted || table.langs[0];
    var embedValues = params.getAll("embed");
    var embedded = embedValues.length > 0 && table.embedOn.indexOf(embedValues[embedValues.length - 1].trim()) >= 0;
    // The statement: the last well-formed `statement` (an id: lowercase letters, digits and
    // hyphens, as the app reads one) when the collection has it, else this page's own (after
    // `@` in its name), else the collection's first, whose pages are the root's.
    var statement = page.split("@")[1] || table.statements[0];
    var named = null;
    params.getAll("statement").forEach(function (value) {
      value = value.trim();
      if (/^[a-z0-9-]{1,64}$/.test(value)) named = value;
    });
    if (named && table.statements.indexOf(named) >= 0) statement = named;
    var wantedPage =
      (embedded ? "embed-" : "") + wanted + (statement !== table.statements[0] ? "@" + statement : "");
    if (wantedPage !== page) {
      var target = new URL(root.getAttribute("data-root") + table.pages[wantedPage], location.href);
      if (target.pathname !== location.pathname) {
        location.replace(target.pathname + location.search + location.hash);
        return;
      }
    }
    var theme = params.get("theme");
    if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
    // A pinned statement (`pin=1`): its figures alone, the series hidden (main.css).
    var pins = params.getAll("pin");
    if (pins.length > 0 && table.embedOn.indexOf(pins[pins.length - 1].trim()) >= 0) root.setAttribute("data-pinned", "");
    var otherView = Array.from(params.keys()).some(function (key) {
      return table.viewParams.indexOf(key) >= 0;
    });
    if (otherView || wantedPage !== page) {
      // Another view than the default: the loading message until the app draws it.
      root.setAttribute("data-prerender", "off");
    }
  }

  // The page's loader (Trunk's, from `pattern_script` in Trunk.toml) starts the app only once
  // this settles: once the view written into the page has been painted and the browser has
  // recorded that paint (the wasm itself is fetched from the head meanwhile). The app's
  // start-up then does not hold back that paint, and the app cannot replace the view before
  // the browser recorded its paint (Chromium drops the record of replaced elements, and the
  // page then looks as if nothing was shown until the app ran).
  // A busy browser paints the top of the page before it has parsed the rest, so the paint
  // that counts is the first one after the whole page is parsed: its record (a paint after
  // the first animation frame that runs once parsing ended; records name the time of the
  // paint, or in older browsers only the later time it was shown), or, when that paint had
  // nothing larger than before to record, two more frames without a record.
  var FIRST_PAINT_WAIT_MS = 2000;
  var showsWrittenView = page && root.getAttribute("data-prerender") !== "off";
  window.corredorFirstPaint = new Promise(function (resolve) {
    if (!showsWrittenView || document.visibilityState === "hidden") return resolve();
    // A tab sent to the background before its first paint paints nothing.
    document.addEventListener("visibilitychange", resolve);
    setTimeout(resolve, FIRST_PAINT_WAIT_MS);
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    var recordsPaints = types.indexOf("largest-contentful-paint") >= 0;
    // Without paint records (Safari) the frames after parsing are all there is to wait for.
    var latestPaint = recordsPaints ? -1 : 0;
    var parsedFrameCallback = Infinity;
    var parsedFramePassed = false;
    var settleOnceRecorded = function () {
      if (latestPaint >= parsedFrameCallback || (parsedFramePassed && latestPaint >= 0)) resolve();
    };
    // This script runs in the <head>: the first change of state is the end of parsing.
    document.addEventListener(
      "readystatechange",
      function () {
        requestAnimationFrame(function () {
          // This frame's paint comes after its callbacks.
          parsedFrameCallback = performance.now();
          requestAnimationFrame(function () {
            requestAnimationFrame(function () {
              parsedFramePassed = true;
              settleOnceRecorded();
            });
          });
        });
      },
      { once: true }
    );
    if (recordsPaints) {
      new PerformanceObserver(function (entries) {
        entries.getEntries().forEach(function (entry) {
          latestPaint = Math.max(latestPaint, entry.paintTime || entry.startTime);
        });
        settleOnceRecorded();
      }).observe({ type: "largest-contentful-paint", buffered: true });
    }
  });

  // Functions as values, not declarations: Trunk's minifier moves declarations to the top in
  // an order that changes from one build to the next (and with it the page's bytes and hash).
  var started = function () {
    return root.getAttribute("data-app-state") === "ready";
  };

  // The hand-over from the view written into the page to the app, which replaces that view
  // with the same markup in one task (`boot.rs`). What the reader did meanwhile is carried
  // across by naming controls the way both views do (by id, place, event, sort key, test id,
  // or else their place in the view): the control with focus gets it back, and the controls tapped or clicked before the
  // app could answer are pressed again, in order, so a tap while the wasm loads is not lost;
  // a slider moved meanwhile (keys or drag) is set again to where the reader left it, in its
  // place in that order. A pressed control is marked (`data-early`, styled in main.css) so
  // the reader sees at once that the press registered. All of it happens as the app starts.
  var controlKey = function (element) {
    // The most particular first: a test id can be shared by many marks, a place's is not.
    var names = ["id", "data-place", "data-event", "data-sort", "data-testid"];
    for (var i = 0; i < names.length; i++) {
      var value = element.getAttribute && element.getAttribute(names[i]);
      // Ids and keys are plain words; anything else is not looked up.
      if (value && /^[A-Za-z0-9_-]+$/.test(value)) {
        return element.tagName.toLowerCase() + "[" + names[i] + '="' + value + '"]';
      }
    }
    // Else its place in the view (the language switch, the timeline's buttons): both views
    // lay out the same elements in the same order.
    var path = [];
    for (var node = element; node && node.id !== "app"; node = node.parentElement) {
      var index = 1;
      for (var sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
      path.unshift(node.tagName.toLowerCase() + ":nth-child(" + index + ")");
    }
    return node && path.length ? "#app > " + path.join(" > ") : null;
  };
  var inWrittenView = function (element) {
    var app = document.getElementById("app");
    return !!(element && app && app.hasAttribute("data-prerendered") && app.contains(element));
  };
  var focusKey = null;
  // Each entry: [control key, the slider's value, or null for a press].
  var pendingPresses = [];
  document.addEventListener("focusin", function (event) {
    if (inWrittenView(event.target)) focusKey = controlKey(event.target);
  });
  document.addEventListener("focusout", function (event) {
    var left = event.target;
    if (!inWrittenView(left) || inWrittenView(event.relatedTarget)) return;
    // Focus left the written view, unless the app is replacing it (the control then leaves
    // the document, and the app gives its focus back).
    var key = focusKey;
    setTimeout(function () {
      if (left.isConnected && focusKey === key) focusKey = null;
    }, 0);
  });
  document.addEventListener(
    "click",
    function (event) {
      var target = event.target;
      // Buttons and the map's marks; links and disclosures work without the app.
      var control = !started() && target && target.closest && target.closest("button, [data-place], [data-event]");
      var key = inWrittenView(control) && controlKey(control);
      if (!key) return;
      pendingPresses.push([key, null]);
      control.setAttribute("data-early", "");
    },
    true
  );
  document.addEventListener(
    "input",
    function (event) {
      var slider = event.target;
      if (started() || !inWrittenView(slider) || slider.type !== "range") return;
      var key = controlKey(slider);
      if (!key) return;
      // Exactly once: only where the reader left it, at the place of its last move.
      pendingPresses = pendingPresses.filter(function (entry) {
        return entry[0] !== key || entry[1] === null;
      });
      pendingPresses.push([key, slider.value]);
    },
    true
  );
  window.addEventListener("TrunkApplicationStarted", function () {
    var app = document.getElementById("app");
    // The app keeps some written controls as they are (the tables): their marks go.
    Array.prototype.forEach.call(document.querySelectorAll("[data-early]"), function (pressed) {
      pressed.removeAttribute("data-early");
    });
    var focused = focusKey && app && app.querySelector(focusKey);
    if (focused && focused.focus) focused.focus({ preventScroll: true });
    // One press a task, as a reader's: each one's effects (the URL's history entry among
    // them) run before the next.
    var pressNext = function () {
      var entry = pendingPresses.shift();
      if (!entry) return;
      var control = app && app.querySelector(entry[0]);
      if (control && entry[1] !== null) {
        control.value = entry[1];
        control.dispatchEvent(new Event("input", { bubbles: true }));
      } else if (control) {
        control.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
      }
      setTimeout(pressNext, 0);
    };
    pressNext();
  });

  var fail = function () {
    if (started()) return;
    root.setAttribute("data-app-state", "failed");
    var loading = document.getElementById("boot");
    if (loading) loading.remove();
    var app = document.getElementById("app");
    // The view rendered at build time stays readable; only the app's controls are missing.
    if (app && !(app.hasAttribute("data-prerendered") && root.getAttribute("data-prerender") !== "off")) app.hidden = true;
    var failure = document.getElementById("boot-error");
    if (failure) failure.hidden = false;
  };

  // A <script> or <link> that fails to load fires "error" on the element, which only a
  // capturing listener on window sees.
  window.addEventListener(
    "error",
    function (event) {
      var target = event.target;
      if (target && (target.tagName === "SCRIPT" || target.tagName === "LINK")) fail();
    },
    true
  );
  // Trunk's loader awaits the wasm: a failed fetch or compile rejects that promise.
  window.addEventListener("unhandledrejection", fail);
  window.addEventListener("error", function (event) {
    if (event.target === window && !started()) fail();
  });
  setTimeout(fail, STARTUP_LIMIT_MS);

  // Offline after the first visit. Only the release build ships sw.js; the registration
  // fails quietly elsewhere (the development server). The worker precaches the whole build,
  // images included, so it is registered once the app has started and the page has loaded:
  // registered earlier, on a slow line its downloads shared the bandwidth with the wasm, and
  // once it had taken control it served the page's own request for the wasm.
  if ("serviceWorker" in navigator) {
    var registerWorker = function () {
      // From the site's root on every page (en/, embed/…), so one worker serves them all.
      var worker = (root.getAttribute("data-root") || "") + "sw.js";
      navigator.serviceWorker.register(worker, { updateViaCache: "none" }).catch(function () {});
    };
    window.addEventListener("TrunkApplicationStarted", function () {
      // In a task of its own: this event comes in the app's start-up task, which an input
      // waits for.
      if (document.readyState === "complete") setTimeout(registerWorker, 0);
      else window.addEventListener("load", registerWorker);
    });
  }

  // For the benchmark (`cargo xtask bench`): the wasm memory's size after start-up.
  window.addEventListener("TrunkApplicationStarted", function (event) {
    var wasm = event.detail && event.detail.wasm;
    window.corredorWasmMemory = function () {
      return wasm && wasm.memory ? wasm.memory.buffer.byteLength : null;
    };
  });

  document.addEventListener("DOMContentLoaded", function () {
    var reload = document.getElementById("boot-reload");
    if (reload) {
      reload.addEventListener("click", function () {
        window.location.reload();
      });
    }
  });
})();
