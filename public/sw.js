// Corredor's service worker: after the first visit the app opens with no network at all.
// `cargo xtask post-build` fills in the version and the list of every file of the build.
"use strict";

const VERSION = "__CORREDOR_VERSION__";
const PRECACHE = "__CORREDOR_PRECACHE__";
const CACHE = "corredor-" + VERSION;
const PREFIX = "corredor-";

self.addEventListener("install", (event) => {
  // No skipWaiting(): a new version takes over on the next load, so an open tab never
  // mixes the JS glue of one build with the wasm of another.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The page: the network first, so a new build is seen on the next load; the cached
    // page of the same language when offline (any query string: the view lives there).
    const path = new URL(request.url).pathname;
    const page = path.endsWith("/") ? path + "index.html" : path;
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .open(CACHE)
          .then((cache) =>
            cache.match(new URL(page, self.location.origin).href).then(
              (hit) => hit || cache.match(new URL("index.html", self.registration.scope).href),
            ),
          ),
      ),
    );
    return;
  }
  // Hashed files never change: the cache first.
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))),
  );
});
