// Corredor's benchmark: what the reader waits for. A report, never a test: nothing here
// fails on a slow number. Run through `cargo xtask bench`, which builds and serves dist/.
import { chromium } from "playwright-core";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

const BASE = process.env.BASE_URL;
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const DIST = process.env.DIST_DIR;
// SKIP_LIGHTHOUSE=1 and RUNS=n make a quick run while working; OUT names the report.
const OUT = process.env.OUT || "results/latest.json";
const RUNS = Number(process.env.RUNS || 10);
const THROTTLE = 4;
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const median = (xs) => percentile(xs, 50);
function percentile(values, p) {
  const xs = [...values].sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const rank = (p / 100) * (xs.length - 1);
  const lo = Math.floor(rank), hi = Math.ceil(rank);
  return xs[lo] + (xs[hi] - xs[lo]) * (rank - lo);
}
const round = (x, d = 1) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

async function throttledPage(browser) {
  // A fresh context per load: no HTTP cache, no service worker, nothing from the last run.
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 }, locale: "es-ES" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  return { context, page, cdp };
}

async function loads(browser) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page, cdp } = await throttledPage(browser);
    await page.goto(BASE + "/");
    await page.waitForSelector("html[data-app-state=ready]", { timeout: 60_000 });
    const timing = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName("first-paint")[0]?.startTime ?? null,
      firstContentfulPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      interactive: performance.getEntriesByName("corredor-interactive")[0]?.startTime ?? null,
      wasmMemory: typeof window.corredorWasmMemory === "function" ? window.corredorWasmMemory() : null,
    }));
    const heap = await cdp.send("Runtime.getHeapUsage");
    samples.push({ ...timing, jsHeap: heap.usedSize });
    await context.close();
  }
  const pick = (key) => samples.map((s) => s[key]).filter((v) => v !== null);
  const stat = (key, scale = 1) => ({ median: round(median(pick(key)) / scale), p95: round(percentile(pick(key), 95) / scale) });
  return {
    runs: RUNS,
    cpuThrottling: THROTTLE,
    firstPaintMs: stat("firstPaint"),
    firstContentfulPaintMs: stat("firstContentfulPaint"),
    interactiveMs: stat("interactive"),
    jsHeapKB: stat("jsHeap", 1024),
    wasmMemoryKB: stat("wasmMemory", 1024),
  };
}

/** Time from an input to the last DOM change it causes, in the page, under the throttling. */
async function interactions(browser) {
  const { context, page } = await throttledPage(browser);
  await page.goto(BASE + "/");
  await page.waitForSelector("html[data-app-state=ready]", { timeout: 60_000 });
  await page.evaluate(() => {
    window.__lastMutation = 0;
    new MutationObserver(() => (window.__lastMutation = performance.now())).observe(document.body, {
      subtree: true, childList: true, attributes: true, characterData: true,
    });
    window.__measure = async (element) => {
      window.__lastMutation = 0;
      const start = performance.now();
      element.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      const dom = window.__lastMutation ? window.__lastMutation - start : null;
      // And until the change is on screen: the next frame (style, layout, paint), then a task.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return dom === null ? null : { dom, frame: performance.now() - start };
    };
  });
  const timeline = [];
  await page.evaluate(() => {
    const slider = document.querySelector("#timeline-cursor");
    slider.value = "0";
    slider.dispatchEvent(new Event("input", { bubbles: true }));
  });
  for (let i = 0; i < 12; i++) {
    const before = await page.locator("[data-testid=timeline-date]").textContent();
    const ms = await page.evaluate(() => window.__measure(document.querySelector("button[aria-label='Evento siguiente']")));
    const after = await page.locator("[data-testid=timeline-date]").textContent();
    if (before === after) break;
    if (ms !== null) timeline.push(ms);
  }
  const selection = [];
  const places = await page.evaluate(() => [...new Set([...document.querySelectorAll("svg.map [data-place][tabindex]")].map((e) => e.getAttribute("data-place")))]);
  for (const id of places) {
    const ms = await page.evaluate((id) => window.__measure(document.querySelector(`svg.map [data-place="${id}"][tabindex]`)), id);
    if (ms !== null) selection.push(ms);
  }
  await context.close();
  const stat = (samples, key = "dom") => {
    const xs = samples.map((sample) => sample[key]);
    return { samples: xs.length, median: round(median(xs), 2), p95: round(percentile(xs, 95), 2) };
  };
  return {
    timelineStepMs: stat(timeline), selectionMs: stat(selection), all: stat([...timeline, ...selection]),
    timelineStepFrameMs: stat(timeline, "frame"), selectionFrameMs: stat(selection, "frame"),
  };
}

// The mobile profile of the comparison in issue 11: 150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up, 4x CPU, every file served brotli-compressed as a real host would.
const MOBILE = { latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8 };

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png",
  ".webmanifest": "application/manifest+json", ".csv": "text/csv" };

/** Serves `roots` ({ "/": dist, "/compare/d3-geo/": folder }) on loopback with brotli, the way a
 * CDN would; resolves to its base URL. */
function brotliServer(roots) {
  const cache = new Map();
  const server = http.createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url, "http://x").pathname).replace(/\/$/, "/index.html");
    const prefix = Object.keys(roots).filter((p) => name.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    const root = roots[prefix];
    const file = path.join(root, path.normalize(name.slice(prefix.length)));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    if (!cache.has(file)) {
      cache.set(file, zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Content-Encoding": "br", "Cache-Control": "no-cache" });
    response.end(cache.get(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

/**
 * The page a newsroom would otherwise write: d3-geo and topojson-client from npm (the scripts
 * at the end of the body, as their examples do), the same region's shapes (countries and
 * states, data/geo/region.json rewritten as TopoJSON; already projected, so `geoIdentity`)
 * drawn into an SVG, and a slider. Written into a temporary folder; returns it.
 */
function d3GeoPage() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "corredor-d3-geo-"));
  const region = JSON.parse(fs.readFileSync(path.join("..", "data", "geo", "region.json"), "utf8"));
  const pairs = (flat) => Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]]);
  const topology = {
    type: "Topology",
    transform: { scale: [1 / region.precision, 1 / region.precision], translate: [0, 0] },
    arcs: region.arcs.map(pairs),
    objects: {
      shapes: {
        type: "GeometryCollection",
        geometries: region.shapes.map((shape) => ({
          type: "MultiPolygon", arcs: shape.rings.map((ring) => [ring]), properties: { kind: shape.kind, name: shape.name },
        })),
      },
    },
  };
  fs.writeFileSync(path.join(folder, "region.topo.json"), JSON.stringify(topology));
  for (const [pkg, file] of [["d3-array", "d3-array.min.js"], ["d3-geo", "d3-geo.min.js"], ["topojson-client", "topojson-client.min.js"]]) {
    fs.copyFileSync(path.join("node_modules", pkg, "dist", file), path.join(folder, file));
  }
  fs.writeFileSync(path.join(folder, "index.html"), `<!doctype html><html lang=es><meta charset=utf-8>
<meta name=viewport content="width=device-width,initial-scale=1"><title>Vuelos de repatriación</title>
<style>body{font:16px/1.4 system-ui,sans-serif;margin:0 1rem}svg{display:block;width:100%;height:auto;max-height:70vh}
.country{fill:#e4e1da;stroke:#fff;stroke-width:.8}.state{fill:none;stroke:#fff;stroke-width:.3}input{width:100%}</style>
<h1>Vuelos de repatriación, 1 al 21 de enero de 2024</h1>
<svg class=map viewBox="0 0 ${region.width} ${region.height}" role=img aria-label=Mapa></svg>
<label for=timeline-cursor>Día</label><input id=timeline-cursor type=range min=1 max=21 value=21>
<script src=d3-array.min.js></script><script src=d3-geo.min.js></script><script src=topojson-client.min.js></script>
<script src=page.js></script>
`);
  fs.writeFileSync(path.join(folder, "page.js"), `fetch("region.topo.json").then((r) => r.json()).then((topology) => {
  const draw = d3.geoPath(d3.geoIdentity());
  const svg = document.querySelector("svg");
  for (const feature of topojson.feature(topology, topology.objects.shapes).features) {
    const shape = document.createElementNS("http://www.w3.org/2000/svg", "path");
    shape.setAttribute("class", feature.properties.kind);
    shape.setAttribute("d", draw(feature));
    svg.appendChild(shape);
  }
  document.querySelector("input").addEventListener("input", () => {});
  performance.mark("corredor-interactive");
  document.documentElement.setAttribute("data-app-state", "ready");
});
`);
  return folder;
}

/**
 * The other page a newsroom would reach for: Knight Lab's TimelineJS (npm
 * `@knight-lab/timelinejs`, its script, style sheet and Spanish locale served from the same
 * origin, as a self-hosting newsroom would) with the statement's events, built from the
 * dataset's download. `font: null` keeps it from fetching a web font (its default would fetch
 * one from the CDN): the lighter TimelineJS, so the stricter comparison. Usable once it fires
 * `ready` (its layout done, its buttons answering). Written into a temporary folder; returns it.
 */
function timelineJsPage() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "corredor-timelinejs-"));
  const dist = path.join("node_modules", "@knight-lab", "timelinejs", "dist");
  fs.mkdirSync(path.join(folder, "locale"));
  fs.copyFileSync(path.join(dist, "js", "timeline.js"), path.join(folder, "timeline.js"));
  fs.copyFileSync(path.join(dist, "js", "locale", "es.json"), path.join(folder, "locale", "es.json"));
  fs.copyFileSync(path.join(dist, "css", "timeline.css"), path.join(folder, "timeline.css"));
  const dataset = JSON.parse(fs.readFileSync(path.join(DIST, "downloads", "corredor-dataset.json"), "utf8"));
  const day = (iso) => {
    const [year, month, date] = iso.split("-").map(Number);
    return { year, ...(month ? { month } : {}), ...(date ? { day: date } : {}) };
  };
  const events = dataset.events.map((event) => ({
    start_date: day(event.date.start),
    ...(event.date.end ? { end_date: day(event.date.end) } : {}),
    text: { headline: event.title.es, text: event.summary?.es ?? "" },
  }));
  fs.writeFileSync(path.join(folder, "events.json"), JSON.stringify({ events }));
  fs.writeFileSync(path.join(folder, "index.html"), `<!doctype html><html lang=es><meta charset=utf-8>
<meta name=viewport content="width=device-width,initial-scale=1"><title>${dataset.source.title?.es ?? "Cronología"}</title>
<link rel=stylesheet href=timeline.css>
<style>body{margin:0}#timeline-embed{width:100%;height:600px}</style>
<div id=timeline-embed></div>
<script src=timeline.js></script>
<script src=page.js></script>
`);
  fs.writeFileSync(path.join(folder, "page.js"), `fetch("events.json").then((r) => r.json()).then((data) => {
  const timeline = new TL.Timeline("timeline-embed", data, { language: "es", script_path: new URL("./", location.href).href, font: null });
  timeline.on("ready", () => {
    performance.mark("corredor-interactive");
    document.documentElement.setAttribute("data-app-state", "ready");
  });
});
`);
  return folder;
}

/** Loads `page` under the mobile profile: until its map and its slider can be used. */
async function mobileLoad(browser, page_url, { network = MOBILE, control = "#timeline-cursor", tap = false } = {}) {
  const { context, page, cdp } = await throttledPage(browser);
  if (network) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...network });
  // When the map is first on screen: the frame after its <svg> enters the page with its
  // shapes (from the HTML written at build time, or from the script that draws them).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector("svg.map path")) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame((now) => (window.__mapPainted = now)));
    }).observe(document, { childList: true, subtree: true });
  });
  // The page marks itself ready inside the task that starts it; what follows in that task (the
  // effects Leptos runs once the view is mounted, TimelineJS's own listeners) still holds the
  // main thread, and an input waits for it. So the moment a page answers input is the end of
  // the long task its mark falls in (the mark itself when that task was short).
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.startTime + entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  });
  // Bytes on the wire (brotli, headers included) until the app answers.
  let bytes = 0;
  cdp.on("Network.loadingFinished", (event) => (bytes += event.encodedDataLength));
  // The dead zone as a reader meets it: a tap on Guatemala as soon as the map is on screen,
  // and the moment its details answer it (the app presses it again once it runs).
  if (tap) {
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector("[data-testid=details-name]")?.textContent !== "Guatemala") return;
        observer.disconnect();
        window.__tapAnswered = performance.now();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
  }
  await page.goto(page_url, { waitUntil: "commit" });
  if (tap) {
    await page.waitForFunction(() => window.__mapPainted, null, { timeout: 120_000, polling: 16 });
    await page.evaluate(() => (window.__tapAt = performance.now()));
    await page.locator('[data-testid=flight-symbol][data-place=guatemala]').first().click();
    await page.waitForFunction(() => window.__tapAnswered, null, { timeout: 120_000 });
  }
  await page.waitForSelector("html[data-app-state=ready]", { timeout: 120_000 });
  await page.waitForSelector(control, { timeout: 120_000 });
  const sample = await page.evaluate(() => {
    const readyMark = performance.getEntriesByName("corredor-interactive")[0]?.startTime ?? null;
    const task = window.__longTasks.find(([start, end]) => start <= readyMark && readyMark <= end);
    return {
      firstPaint: performance.getEntriesByName("first-paint")[0]?.startTime ?? null,
      mapPainted: window.__mapPainted ?? null,
      usable: readyMark === null ? null : task ? task[1] : readyMark,
      readyMark,
      tapAt: window.__tapAt ?? null,
      tapAnswered: window.__tapAnswered ?? null,
    };
  });
  await context.close();
  return { ...sample, bytes };
}

/** Medians and p95s of mobile loads. */
function summarize(list) {
  const pick = (key) => list.map((s) => s[key]).filter((v) => v !== null && v !== undefined);
  const stat = (key) => ({ median: round(median(pick(key))), p95: round(percentile(pick(key), 95)) });
  const result = { runs: list.length, firstPaintMs: stat("firstPaint"), mapPaintedMs: stat("mapPainted"), usableMs: stat("usable"), readyMarkMs: stat("readyMark"), bytes: stat("bytes") };
  if (list.some((s) => s.tapAnswered)) {
    result.tapAtMs = stat("tapAt");
    result.tapAnsweredMs = stat("tapAnswered");
    const waits = list.filter((s) => s.tapAnswered && s.tapAt).map((s) => s.tapAnswered - s.tapAt);
    result.tapWaitMs = { median: round(median(waits)), p95: round(percentile(waits, 95)) };
  }
  return result;
}

/**
 * The shipped build (two statements) and the synthetic collection (`DIST_SERIES`, written and
 * built by `cargo xtask bench`), each served at its own origin, loaded in turns under the
 * mobile profile: whether the collection's size reaches the reader's start-up.
 */
async function series(browser) {
  if (!process.env.DIST_SERIES) return null;
  const two = await brotliServer({ "/": DIST });
  const many = await brotliServer({ "/": process.env.DIST_SERIES });
  const samples = { two: [], many: [] };
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    samples.two.push(await mobileLoad(browser, two.url + "/"));
    samples.many.push(await mobileLoad(browser, many.url + "/"));
  }
  two.server.close();
  many.server.close();
  const result = { statements: Number(process.env.SERIES_STATEMENTS), two: summarize(samples.two), many: summarize(samples.many) };
  result.usableRatio = round(result.many.usableMs.median / result.two.usableMs.median, 3);
  result.bytesRatio = round(result.many.bytes.median / result.two.bytes.median, 3);
  return result;
}

/**
 * Corredor, TimelineJS and the d3-geo page, in turns, in the same run: under the mobile
 * profile, and with the CPU throttled only (`network: null`); then Corredor's tap in the dead
 * zone under the mobile profile.
 */
async function mobile(browser, base, network = MOBILE) {
  const pages = {
    corredor: [base + "/", {}],
    timelineJs: [base + "/compare/timelinejs/", { control: ".tl-timenav" }],
    d3Geo: [base + "/compare/d3-geo/", {}],
  };
  const samples = { corredor: [], timelineJs: [], d3Geo: [], tap: [] };
  const turns = Math.max(3, Math.ceil(RUNS / 2));
  // One load of each page first, not counted: the server compresses each file on its first
  // request (the wasm takes it about a second at brotli's quality 11), which a CDN does once.
  for (const [url, options] of Object.values(pages)) await mobileLoad(browser, url, { ...options, network: null });
  for (let i = 0; i < turns; i++) {
    for (const [name, [url, options]] of Object.entries(pages)) samples[name].push(await mobileLoad(browser, url, { ...options, network }));
  }
  if (network) for (let i = 0; i < turns; i++) samples.tap.push(await mobileLoad(browser, pages.corredor[0], { network, tap: true }));
  const result = {
    profile: network ? "150 ms RTT, 1.6 Mbit/s down, 4x CPU, brotli" : "4x CPU only (loopback, brotli)",
    ...summarize(samples.corredor),
    timelineJs: summarize(samples.timelineJs),
    d3Geo: summarize(samples.d3Geo),
    ...(network ? { tap: summarize(samples.tap) } : {}),
  };
  result.usableRatioToTimelineJs = round(result.usableMs.median / result.timelineJs.usableMs.median, 2);
  result.usableRatioToD3Geo = round(result.usableMs.median / result.d3Geo.usableMs.median, 2);
  return result;
}

function transfer() {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const bytes = fs.readFileSync(full);
        files.push({
          file: path.relative(DIST, full),
          raw: bytes.length,
          gzip: zlib.gzipSync(bytes, { level: 9 }).length,
          brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        });
      }
    }
  };
  walk(DIST);
  files.sort((a, b) => a.file.localeCompare(b.file));
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { files, total: { raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") } };
}

/** Lighthouse (mobile, simulated throttling) on `url`, served brotli-compressed. */
async function lighthouse(url, chromeFlags = "") {
  const report = path.join(path.dirname(OUT), "lighthouse.tmp.json");
  try {
    // Not execFileSync: the server answering Lighthouse runs in this process's event loop.
    await promisify(execFile)(
      path.join("node_modules", ".bin", "lighthouse"),
      [url, "--quiet", "--output=json", `--output-path=${report}`,
        "--only-categories=performance,accessibility,best-practices,seo", `--chrome-flags=--headless=new ${ARGS.join(" ")} ${chromeFlags}`],
      { env: { ...process.env, CHROME_PATH: CHROME }, timeout: 240_000 },
    );
    const result = JSON.parse(fs.readFileSync(report, "utf8"));
    fs.rmSync(report, { force: true });
    const score = (key) => (result.categories[key]?.score == null ? null : Math.round(result.categories[key].score * 100));
    const ms = (key) => round(result.audits[key]?.numericValue ?? null, 0);
    return {
      url: result.finalDisplayedUrl,
      version: result.lighthouseVersion,
      formFactor: result.configSettings?.formFactor,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      firstContentfulPaintMs: ms("first-contentful-paint"),
      largestContentfulPaintMs: ms("largest-contentful-paint"),
      totalBlockingTimeMs: ms("total-blocking-time"),
      speedIndexMs: ms("speed-index"),
      cumulativeLayoutShift: round(result.audits["cumulative-layout-shift"]?.numericValue ?? null, 3),
    };
  } catch (error) {
    return { url, error: String(error.message || error).slice(0, 300) };
  }
}

/** Lighthouse on each page a reader lands on, and on the d3-geo page, in the same run. */
async function lighthouseRuns(base) {
  const runs = [
    ["/ (Spanish browser)", "/", "--accept-lang=es-ES"],
    ["/en/", "/en/", "--accept-lang=en-US"],
    ["/ (English browser: one redirect to /en/)", "/", "--accept-lang=en-US"],
    ["d3-geo page", "/compare/d3-geo/", "--accept-lang=es-ES"],
  ];
  const results = [];
  // One after the other: two at once would share the CPU and skew both.
  for (const [page, url, flags] of runs) results.push({ page, ...(await lighthouse(base + url, flags)) });
  return results;
}

const compared = await brotliServer({ "/": DIST, "/compare/d3-geo/": d3GeoPage(), "/compare/timelinejs/": timelineJsPage() });
const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
// MOBILE_ONLY=1: only the side-by-side loads, to measure a start-up lever while working;
// INTERACTION_ONLY=1: only the input -> DOM timings, to measure an input lever.
const mobileOnly = Boolean(process.env.MOBILE_ONLY);
if (process.env.INTERACTION_ONLY) {
  const interaction = await interactions(browser);
  await browser.close();
  compared.server.close();
  console.log(JSON.stringify(interaction, null, 2));
  process.exit(0);
}
const results = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, ${(await import("node:os")).cpus().length} cores`,
  load: mobileOnly ? null : await loads(browser),
  interaction: mobileOnly ? null : await interactions(browser),
  mobile: await mobile(browser, compared.url),
  cpuOnly: await mobile(browser, compared.url, null),
  series: mobileOnly ? null : await series(browser),
  transfer: transfer(),
};
await browser.close();
results.lighthouse = process.env.SKIP_LIGHTHOUSE ? { skipped: true } : await lighthouseRuns(compared.url);
compared.server.close();
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(results, null, 2) + "\n");

const l = results.load, x = results.interaction, m = results.mobile, d = m.d3Geo, t = results.transfer.total;
const share = (ms) => (ms === null || !d.usableMs.median ? "" : `${Math.round((100 * ms) / d.usableMs.median)} %`);
const lighthouseLines = results.lighthouse.skipped
  ? ["Lighthouse skipped (SKIP_LIGHTHOUSE)"]
  : [
      `| Lighthouse ${results.lighthouse.find((h) => h.version)?.version ?? ""} mobile | performance | LCP (ms) | FCP (ms) | TBT (ms) | CLS | accessibility | best practices | SEO |`,
      `|---|---:|---:|---:|---:|---:|---:|---:|---:|`,
      ...results.lighthouse.map((h) => h.error
        ? `| ${h.page} | failed: ${h.error} | | | | | | | |`
        : `| ${h.page} | ${h.performance} | ${h.largestContentfulPaintMs} | ${h.firstContentfulPaintMs} | ${h.totalBlockingTimeMs} | ${h.cumulativeLayoutShift} | ${h.accessibility} | ${h.bestPractices} | ${h.seo} |`),
      `| target (issue 13) | ≥ 95 | ≤ 2000 | | | ≤ 0.01 | | | |`,
    ];
const lines = [
  ...(mobileOnly ? [] : [
  `| measure | median | p95 | target |`,
  `|---|---:|---:|---|`,
  `| first paint (ms, ${THROTTLE}× CPU, no cache) | ${l.firstPaintMs.median} | ${l.firstPaintMs.p95} | |`,
  `| interactive: map and timeline (ms) | ${l.interactiveMs.median} | ${l.interactiveMs.p95} | ≤ 350 median |`,
  `| JS heap after load (KB) | ${l.jsHeapKB.median} | ${l.jsHeapKB.p95} | |`,
  `| wasm memory after load (KB) | ${l.wasmMemoryKB.median} | ${l.wasmMemoryKB.p95} | |`,
  `| timeline step, input → DOM (ms) | ${x.timelineStepMs.median} | ${x.timelineStepMs.p95} | ≤ 8 p95, ≤ 4 median |`,
  `| place selection, input → DOM (ms) | ${x.selectionMs.median} | ${x.selectionMs.p95} | ≤ 8 p95, ≤ 4 median |`,
  `| timeline step, input → next frame (ms) | ${x.timelineStepFrameMs.median} | ${x.timelineStepFrameMs.p95} | |`,
  `| place selection, input → next frame (ms) | ${x.selectionFrameMs.median} | ${x.selectionFrameMs.p95} | |`,
  "",
  ]),
  ...[m, results.cpuOnly].flatMap((run) => {
    const cell = (of, key) => `${of[key].median ?? "–"} | ${of[key].p95 ?? "–"}`;
    return [
      `| ${run.profile}, ${run.runs} loads each, in turns | Corredor median | p95 | TimelineJS median | p95 | d3-geo page median | p95 |`,
      `|---|---:|---:|---:|---:|---:|---:|`,
      `| first paint (ms) | ${cell(run, "firstPaintMs")} | ${cell(run.timelineJs, "firstPaintMs")} | ${cell(run.d3Geo, "firstPaintMs")} |`,
      `| map on screen (ms) | ${cell(run, "mapPaintedMs")} | – | – | ${cell(run.d3Geo, "mapPaintedMs")} |`,
      `| it marks itself ready (ms) | ${cell(run, "readyMarkMs")} | ${cell(run.timelineJs, "readyMarkMs")} | ${cell(run.d3Geo, "readyMarkMs")} |`,
      `| the app answers input: the end of that task (ms) | ${cell(run, "usableMs")} | ${cell(run.timelineJs, "usableMs")} | ${cell(run.d3Geo, "usableMs")} |`,
      `| bytes until then (brotli, on the wire) | ${cell(run, "bytes")} | ${cell(run.timelineJs, "bytes")} | ${cell(run.d3Geo, "bytes")} |`,
      `| Corredor's answer, ratio to TimelineJS's (target ≤ 1.0) / to the d3-geo page's | ${run.usableRatioToTimelineJs} | | ${run.usableRatioToD3Geo} | | | |`,
      ...(run.tap
        ? [`| a tap on Guatemala once the map is on screen: tapped at / answered at / waited (ms, median) | ${run.tap.tapAtMs.median} / ${run.tap.tapAnsweredMs.median} / ${run.tap.tapWaitMs.median} | p95 ${run.tap.tapWaitMs.p95} | | | | |`]
        : []),
      "",
    ];
  }),
  `| Corredor's map on screen, share of the d3-geo page's usable time (target ≤ 60 %) | ${share(m.mapPaintedMs.median)} | ${share(m.mapPaintedMs.p95)} | | |`,
  "",
  ...(results.series
    ? [
        `| mobile, ${results.series.two.runs} loads each, in turns | 2 statements median | p95 | ${results.series.statements} statements median | p95 | ratio of medians | limit |`,
        `|---|---:|---:|---:|---:|---:|---|`,
        `| app answers input (ms) | ${results.series.two.usableMs.median} | ${results.series.two.usableMs.p95} | ${results.series.many.usableMs.median} | ${results.series.many.usableMs.p95} | ${results.series.usableRatio} | ≤ 1.1 |`,
        `| bytes until then (brotli, on the wire) | ${results.series.two.bytes.median} | ${results.series.two.bytes.p95} | ${results.series.many.bytes.median} | ${results.series.many.bytes.p95} | ${results.series.bytesRatio} | ≤ 1.1 |`,
        "",
      ]
    : []),
  `| transfer | raw | gzip | brotli |`,
  `|---|---:|---:|---:|`,
  ...results.transfer.files.map((f) => `| ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} |`),
  `| **total** | ${t.raw} | ${t.gzip} | ${t.brotli} |`,
  "",
  ...lighthouseLines,
];
console.log(lines.join("\n"));
console.log(`\nwritten to ${OUT}`);
