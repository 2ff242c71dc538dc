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
    // The page: the network first, so a new build is seen on the next load. The other
    // statements' pages are not precached: one a reader opens is kept, so it opens offline.
    // Offline: the cached page (any query string: the view lives there); for a statement's
    // page never opened, a redirect to the first statement's page of the same language and
    // layout, whose comparisons give every statement's figures from their precached data
    // (without the statement in the query, which would send the reader back here); else the
    // site's root.
    const path = new URL(request.url).pathname;
    const page = new URL(path.endsWith("/") ? path + "index.html" : path, self.location.origin).href;
    const scope = self.registration.scope;
    const inScope = page.startsWith(scope) ? page.slice(scope.length) : "";
    const first = inScope.replace(/^statements\/[^/]+\//, "");
    const otherStatement = first !== inScope;
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && otherStatement) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(page, copy)));
          }
          return response;
        })
        .catch(() =>
          caches.open(CACHE).then((cache) =>
            cache.match(page).then((hit) => {
              if (hit) return hit;
              if (otherStatement) {
                const target = new URL(first.replace(/index\.html$/, ""), scope);
                const query = new URL(request.url).searchParams;
                query.delete("statement");
                query.delete("pin");
                target.search = query.toString();
                return Response.redirect(target.href, 302);
              }
              return cache.match(new URL("index.html", scope).href);
            }),
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
