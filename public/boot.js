// Start-up watchdog. Runs before the wasm and without it: if the wasm or its JS glue fails
// to load, or start-up takes far too long, the reader gets a message and a reload button
// instead of an endless "Loading…". A panic inside the app is handled by the Rust panic hook,
// which reveals the same message.
(function () {
  "use strict";
  var root = document.documentElement;
  var STARTUP_LIMIT_MS = 20000;

  function started() {
    return root.getAttribute("data-app-state") === "ready";
  }

  function fail() {
    if (started()) return;
    root.setAttribute("data-app-state", "failed");
    var loading = document.getElementById("boot");
    if (loading) loading.remove();
    var app = document.getElementById("app");
    if (app) app.hidden = true;
    var failure = document.getElementById("boot-error");
    if (failure) failure.hidden = false;
  }

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
  // fails quietly elsewhere (the development server).
  if ("serviceWorker" in navigator) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("sw.js", { updateViaCache: "none" }).catch(function () {});
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
