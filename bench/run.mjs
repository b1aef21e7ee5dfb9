// The browser half of ./scripts/bench (issue 10): serves the release build, the same build
// with the `bench` entry points and the Yew hello-world on 127.0.0.1, drives Debian's Chromium
// with playwright-core, adds the native criterion figures, prints ONE table and writes
// bench/results.json. Every browser figure is the median of BENCH_RUNS runs (default 7), and
// each comparison is made side by side in the same browser session, runs interleaved.
//
// Run through ./scripts/bench, which builds what this reads:
//   target/bench/app        the shipped release (a copy of dist/)
//   target/bench/app-bench  the release built with `--features bench` (+ dexie.js)
//   bench/hello/dist        the hello-world baseline
//   target/bench/native.log `cargo bench` output, when benches exist

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { execSync } from "node:child_process";
import { chromium } from "playwright-core";
import { ARGS, CHROMIUM } from "../e2e/harness.mjs";
import { serve } from "../e2e/server.mjs";
import { generateCases } from "./generate.mjs";

const RUNS = Number(process.env.BENCH_RUNS || 7);
// BENCH_ONLY=storage | first | interactions | renders | typing: only that part, printed,
// nothing written.
const CASES = Number(process.env.BENCH_CASES || 2000);
const THROTTLE = 4;
const DIRS = {
  app: process.env.BENCH_APP_DIST || "target/bench/app",
  bench: process.env.BENCH_BENCH_DIST || "target/bench/app-bench",
  hello: process.env.BENCH_HELLO_DIST || "bench/hello/dist",
};
const NATIVE_LOG = process.env.BENCH_NATIVE_LOG || "target/bench/native.log";
const RESULTS = process.env.BENCH_RESULTS || "bench/results.json";
// The filter text typed in the case list: "9" and "91" keep nearly every row (credit codes
// start with 91), "914"/"9144" narrow to a few hundred, then four Backspaces bring back all.
const KEYS = ["9", "1", "4", "4", "Backspace", "Backspace", "Backspace", "Backspace"];

const log = (...a) => console.error("[bench]", ...a);
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

// --- shipped size ---------------------------------------------------------------------------

function sizes(dir) {
  const files = [];
  (function walk(d) {
    for (const name of fs.readdirSync(d)) {
      if (name.startsWith(".")) continue; // Trunk's staging folder is not shipped
      if (/\.(br|gz)$/.test(name)) continue; // precompressed copies: counted as their file's br
      const full = path.join(d, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  })(dir);
  let raw = 0;
  let gz = 0;
  let br = 0;
  let wasmRaw = 0;
  let wasmGz = 0;
  let wasmBr = 0;
  const perFile = {};
  for (const f of files) {
    const body = fs.readFileSync(f);
    const g = zlib.gzipSync(body, { level: 9 }).length;
    // What a host serving the build's .br copies sends (the plain file where there is none).
    const b = fs.existsSync(f + ".br") ? fs.statSync(f + ".br").size : body.length;
    raw += body.length;
    gz += g;
    br += b;
    perFile[path.relative(dir, f)] = { raw: body.length, gzip: g, brotli: b };
    if (f.endsWith(".wasm")) {
      wasmRaw += body.length;
      wasmGz += g;
      wasmBr += b;
    }
  }
  return { files: files.length, raw, gzip: gz, brotli: br, wasmRaw, wasmGzip: wasmGz, wasmBrotli: wasmBr, perFile };
}

// --- browser helpers ------------------------------------------------------------------------

// Runs in every page before its own scripts: resolves window.__ready with the time of the
// "app-ready" mark, keeps the wasm exports (for its linear memory) and records long tasks.
function probes() {
  window.__ready = new Promise((resolve) => {
    new PerformanceObserver((list, obs) => {
      for (const e of list.getEntries()) {
        if (e.name === "app-ready") {
          obs.disconnect();
          resolve(e.startTime);
        }
      }
    }).observe({ type: "mark", buffered: true });
  });
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push(e.duration);
  }).observe({ type: "longtask", buffered: true });
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__events.push({ name: e.name, duration: e.duration });
  }).observe({ type: "event", buffered: true, durationThreshold: 16 });
  addEventListener("TrunkApplicationStarted", (e) => {
    window.__wasm = e.detail && e.detail.wasm;
    performance.mark("wasm-started");
  });
}

async function newContext(browser) {
  // Service workers blocked: every run loads from the server, for the app and the
  // hello-world alike (the app's worker would otherwise serve later runs from its cache).
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: "zh-CN",
    serviceWorkers: "block",
  });
  context.setDefaultTimeout(180_000);
  await context.addInitScript(probes);
  return context;
}

async function openPage(context, url, rate = 1, { cold = false } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) errors.push(`${r.status()} ${r.url()}`);
  });
  page.errors = errors;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  if (cold) {
    // Empty HTTP cache (and so no V8 code cache): every file comes from the server.
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  }
  page.cdp = cdp;
  await page.goto(url);
  page.readyAt = await page.evaluate(() => window.__ready);
  return page;
}

/** One start: navigation → "app-ready", at 4× CPU throttling. Cold (the default): no service
 *  worker and no HTTP cache; warm: whatever the context has kept from earlier visits. */
async function startup(context, url, { cold = true } = {}) {
  const page = await openPage(context, url, THROTTLE, { cold });
  const facts = await page.evaluate(() => {
    const wasm = performance.getEntriesByType("resource").find((r) => r.name.endsWith(".wasm"));
    const started = performance.getEntriesByName("wasm-started")[0];
    return {
      wasmLoaded: wasm ? wasm.responseEnd : null,
      started: started ? started.startTime : null,
      longest: Math.max(0, ...window.__longtasks),
    };
  });
  const errors = page.errors;
  await page.close();
  return { ready: page.readyAt, ...facts, errors };
}

/** Bytes over the wire (headers and bodies, as sent) from navigation to "app-ready" on
 *  `route`, on a first visit: empty cache, served with the build's precompressed copies. */
async function firstVisit(browser, url, route = "/cases") {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const responses = new Map();
  const finished = new Map();
  cdp.on("Network.responseReceived", (e) => {
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    responses.set(e.requestId, { url: e.response.url, encoding: h["content-encoding"] || "identity" });
  });
  cdp.on("Network.loadingFinished", (e) => finished.set(e.requestId, e.encodedDataLength));
  await page.goto(`${url}#${route}`);
  await page.evaluate(() => window.__ready);
  const files = [...finished].map(([id, bytes]) => ({ ...(responses.get(id) || { url: "?" }), bytes }));
  await context.close();
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), files: files.map((f) => ({ ...f, url: f.url.replace(url, "") })) };
}

/** A browser profile on disk (HTTP cache, service worker, V8's code cache), for warm starts. */
async function persistentContext() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eg-bench-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1366, height: 768 },
    locale: "zh-CN",
  });
  context.setDefaultTimeout(180_000);
  await context.addInitScript(probes);
  context.dir = dir;
  return context;
}

/** The first visit of a warm-start profile: waits until a service worker (if the page has
 *  one) controls the page, i.e. has precached every file. */
async function firstVisitOf(context, url) {
  const page = await openPage(context, url);
  await page.evaluate(async () => {
    if (!("serviceWorker" in navigator) || !(await navigator.serviceWorker.getRegistration())) return;
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
  });
  await page.close();
}

/** Opening an area for the first time in a page: `#/cases` loaded (at 4×), then its nav link
 *  clicked; the time until the area's page is in the DOM and painted, and the long tasks. */
async function openArea(context, url, nav, testid, preloaded = false) {
  const page = await openPage(context, `${url}#/cases`, THROTTLE);
  await page.getByTestId("page-cases").waitFor();
  // Cold: 200 ms after the list, before the idle preload starts (the area's module is fetched
  // and instantiated on the click). Preloaded: after the app has loaded every area in idle time.
  if (preloaded) await page.locator("html[data-areas-loaded]").waitFor({ state: "attached", timeout: 60000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
  await page.evaluate(() => (window.__longtasks = []));
  const ms = await page.evaluate(
    ({ nav, testid }) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const painted = () =>
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => resolve(performance.now() - t0);
            ch.port2.postMessage(null);
          });
        const obs = new MutationObserver(() => {
          if (document.querySelector(`[data-testid="${testid}"]`)) {
            obs.disconnect();
            painted();
          }
        });
        obs.observe(document.body, { childList: true, subtree: true });
        document.querySelector(`[data-testid="${nav}"]`).click();
      }),
    { nav, testid },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
  const tasks = await page.evaluate(() => window.__longtasks.slice());
  const errors = page.errors;
  await page.close();
  return { ms, longest: Math.max(0, ...tasks), over50: tasks.filter((d) => d > 50).length, errors };
}

/** The areas a person opens from the case list, by nav link and the page's test id. */
const AREAS = [
  ["precheck", "nav-precheck", "page-precheck"],
  ["plan", "nav-plan", "page-plan"],
  ["response", "nav-response", "page-response"],
  ["retro", "nav-retro", "page-retro"],
  ["drill", "nav-drill", "page-drill"],
  ["library", "nav-library", "page-library"],
  ["data", "nav-data", "page-data"],
];

/** Writes cases straight into the app's IndexedDB (the app has created its stores). */
async function seed(context, url, cases) {
  const page = await openPage(context, url);
  const version = await page.evaluate(async (cases) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open("expedite-guard");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction("cases", "readwrite");
      const store = tx.objectStore("cases");
      store.clear();
      // The app's stored shape (src/storage/mod.rs): key, revision, the record as UTF-8 JSON.
      const utf8 = new TextEncoder();
      for (const c of cases) store.put({ id: c.id, rev: c.rev, json: utf8.encode(JSON.stringify(c)) });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    const v = db.version;
    db.close();
    return v;
  }, cases);
  await page.close();
  // Check the app reads them all back: the home tiles count every live case.
  const check = await openPage(context, url);
  const counted = await check.evaluate(() =>
    [...document.querySelectorAll('[data-testid^="count-"] .tile-num')]
      .reduce((n, el) => n + Number(el.textContent), 0),
  );
  await check.close();
  const live = cases.filter((c) => !c.deleted).length;
  if (counted !== live) throw new Error(`seeded ${live} live cases, the app counts ${counted}`);
  return { version, live };
}

// Measures key → next paint in the page: the keydown's timestamp, then a frame
// (requestAnimationFrame) after the input event and the message task after that frame's paint.
function keyProbe() {
  let t0 = null;
  let key = null;
  window.__keys = [];
  addEventListener("keydown", (e) => {
    t0 = e.timeStamp;
    key = e.key;
  }, true);
  addEventListener("input", () => {
    if (t0 === null) return;
    const start = t0;
    t0 = null;
    const tInput = performance.now();
    requestAnimationFrame(() => {
      const tFrame = performance.now();
      const rowsAtFrame = document.querySelectorAll('[data-testid="case-row"]').length;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        const rec = {
          key,
          toInput: tInput - start,
          toFrame: tFrame - start,
          toPaint: performance.now() - start,
          rowsAtFrame,
        };
        window.__keys.push(rec);
        if (window.__onKey) window.__onKey(rec);
      };
      ch.port2.postMessage(null);
    });
  }, true);
}

/** Types the filter text RUNS times in #/cases; per run the worst key and long tasks. */
async function typing(context, url, rate) {
  const page = await openPage(context, `${url}#/cases`, rate);
  await page.getByTestId("case-row").first().waitFor();
  const rowsAll = await page.getByTestId("case-row").count();
  await page.evaluate(keyProbe);
  await page.getByTestId("filter-text").click();
  const runs = [];
  for (let r = 0; r < RUNS + 1; r++) {
    await page.evaluate(() => {
      window.__longtasks = [];
      window.__events = [];
    });
    const keys = [];
    for (const key of KEYS) {
      await page.evaluate(() => {
        window.__keyDone = new Promise((resolve) => (window.__onKey = resolve));
      });
      await page.keyboard.press(key);
      const rec = await page.evaluate(() => window.__keyDone);
      await page.waitForTimeout(50);
      rec.rowsSettled = await page.getByTestId("case-row").count();
      keys.push(rec);
    }
    const after = await page.evaluate(() => ({
      longtasks: window.__longtasks.slice(),
      events: window.__events.slice(),
    }));
    if (r === 0) continue; // warm-up
    runs.push({
      keys,
      worst: Math.max(...keys.map((k) => k.toPaint)),
      median: median(keys.map((k) => k.toPaint)),
      longest: Math.max(0, ...after.longtasks),
      longCount: after.longtasks.filter((d) => d > 50).length,
      eventTimingMax: Math.max(0, ...after.events.map((e) => e.duration)),
      // A frame that showed a row count other than the final one means the render came later
      // than that frame: the figure would then be too low, so count such keys.
      lateRenders: keys.filter((k) => k.rowsAtFrame !== k.rowsSettled).length,
    });
  }
  const errors = page.errors;
  await page.close();
  return { rowsAll, runs, errors };
}

/** Long tasks while a user does one thing, at `rate`× throttling: `act` runs after set-up,
 *  with the long-task list cleared; observers flush on the next frames. */
async function longTasksDuring(page, act) {
  await page.evaluate(() => (window.__longtasks = []));
  await act();
  // Long-task entries arrive after their task ends: let two frames pass, then read them.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
  const tasks = await page.evaluate(() => window.__longtasks.slice());
  return { longest: Math.max(0, ...tasks), over50: tasks.filter((d) => d > 50).length };
}

/** A wizard step, a plan edit and a drill decision on a seeded case, at `rate`× throttling. */
async function interactions(context, url, caseId, rate) {
  const out = {};
  const page = await openPage(context, `${url}#/cases/${caseId}/precheck`, rate);
  const tid = (id) => page.getByTestId(id);
  // Wizard: start the precheck (set-up), then open the materials step, type a value, go on.
  // The tab's code may still be arriving ("opening…"): wait for its first screen either way.
  await page.locator('[data-testid="precheck-start"], [data-testid="precheck-step-1"]').first().waitFor();
  if (await tid("precheck-start").count()) await tid("precheck-start").click();
  await tid("precheck-step-1").waitFor();
  out.wizard = await longTasksDuring(page, async () => {
    await tid("precheck-step-1").click();
    const input = page.locator('.precheck-materials input[type="text"]').first();
    await input.click();
    await page.keyboard.type("91", { delay: 30 });
    await tid("precheck-next").click();
    await tid("precheck-body-2").waitFor();
  });
  // Plan: start the plan (set-up), then add a risk and save it.
  await page.goto(`${url}#/cases/${caseId}/plan`);
  await page.evaluate(() => window.__ready);
  await page.locator('[data-testid="plan-start"], [data-testid="plan-tab"]').first().waitFor();
  if (await tid("plan-start").count()) await tid("plan-start").click();
  await tid("plan-tab").waitFor();
  out.plan = await longTasksDuring(page, async () => {
    await tid("risk-add").click();
    await tid("risk-title").fill("法定代表人出国");
    await tid("risk-likelihood").selectOption("4");
    await tid("risk-impact").selectOption("5");
    await tid("risk-save").click();
    await tid("risk-row").first().waitFor();
  });
  // Drill: start a built-in scenario (set-up), then take one decision.
  await page.goto(`${url}#/drill`);
  await tid("drill-library").waitFor();
  await page.locator('[data-testid^="drill-start-"]').first().click();
  await tid("drill-choice-1").waitFor();
  out.drill = await longTasksDuring(page, async () => {
    const before = await page.evaluate(() => document.querySelector('[data-testid="drill-situation"]')?.dataset.step);
    await tid("drill-choice-1").click();
    await page.waitForFunction(
      (b) => document.querySelector('[data-testid="page-drill-debrief"]') || document.querySelector('[data-testid="drill-situation"]')?.dataset.step !== b,
      before,
    );
  });
  out.errors = page.errors;
  await page.close();
  return out;
}

/** Component renders per keystroke in the plan tab's risk form, and for one saved plan change
 *  (a risk added), on the bench build, which counts renders in `use_lang` (nearly every
 *  component reads the language once per render). */
async function renders(context, url, caseId) {
  const page = await openPage(context, `${url}#/cases/${caseId}/plan`);
  const tid = (id) => page.getByTestId(id);
  await page.evaluate(() => window.__ready);
  await page.locator('[data-testid="plan-start"], [data-testid="plan-tab"]').first().waitFor();
  if (await tid("plan-start").count()) await tid("plan-start").click();
  await tid("plan-tab").waitFor();
  const count = () => page.evaluate(() => window.wasmBindings.bench_renders());
  const settle = () =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  await tid("risk-add").click();
  await tid("risk-title").click();
  await settle();
  const keys = "abcdefghij";
  const beforeKeys = await count();
  await page.keyboard.type(keys, { delay: 20 });
  await settle();
  const perKey = ((await count()) - beforeKeys) / keys.length;
  await tid("risk-likelihood").selectOption("4");
  await tid("risk-impact").selectOption("5");
  await settle();
  const beforeSave = await count();
  const rows = await tid("risk-row").count();
  await tid("risk-save").click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="risk-row"]').length > n, rows);
  await settle();
  const perSave = (await count()) - beforeSave;
  const errors = page.errors;
  await page.close();
  return { perKey, perSave, errors };
}

/** JS heap (after a GC) and wasm linear memory, with the app's data loaded, on a route. */
async function memory(context, url, route) {
  const page = await openPage(context, `${url}#${route}`);
  if (route === "/cases") await page.getByTestId("case-row").first().waitFor();
  await page.waitForTimeout(300);
  await page.cdp.send("HeapProfiler.collectGarbage");
  const heap = await page.cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => (window.__wasm && window.__wasm.memory ? window.__wasm.memory.buffer.byteLength : 0));
  const dom = await page.evaluate(() => document.getElementsByTagName("*").length);
  await page.close();
  return { jsHeap: heap.usedSize, embedder: heap.embedderHeapUsedSize ?? null, wasm, dom };
}

/** The first-screen figures of issue #19: first-visit transfer, warm starts (service worker and
 *  code cache in play) and opening each area for the first time. */
async function firstScreen(browser, servers, cases) {
  log("first-visit transfer (bytes until app-ready, precompressed brotli)");
  const transfer = { app: await firstVisit(browser, servers.app.url, "/cases"), hello: await firstVisit(browser, servers.hello.url, "/") };
  log(`first visit: app ${round1(transfer.app.bytes / 1024)} KB, hello ${round1(transfer.hello.bytes / 1024)} KB`);

  log(`warm starts at ${THROTTLE}× (profiles on disk: service worker, HTTP and code caches)`);
  const warmCtx = { hello: await persistentContext(), empty: await persistentContext(), full: await persistentContext() };
  const url = { hello: servers.hello.url, empty: servers.app.url, full: servers.app.url };
  const warm = { hello: [], empty: [], full: [] };
  const errors = [];
  try {
    for (const k of Object.keys(warmCtx)) await firstVisitOf(warmCtx[k], url[k]);
    await seed(warmCtx.full, url.full, cases);
    const order = ["hello", "empty", "full"];
    // Two visits before the timed ones: V8 caches a module's compiled code on a later visit.
    for (let r = 0; r < RUNS + 2; r++) {
      const turn = order.map((_, i) => order[(i + r) % order.length]);
      for (const k of turn) {
        const s = await startup(warmCtx[k], url[k], { cold: false });
        errors.push(...s.errors);
        if (r > 1) warm[k].push(s);
      }
      if (r > 1) log(`warm run ${r - 1}: ${order.map((k) => `${k} ${round1(warm[k].at(-1).ready)} ms`).join(", ")}`);
    }
  } finally {
    for (const c of Object.values(warmCtx)) {
      await c.close();
      fs.rmSync(c.dir, { recursive: true, force: true });
    }
  }

  log(`opening each area for the first time from #/cases, ${CASES} cases, ${THROTTLE}×`);
  const context = await newContext(browser);
  await (await openPage(context, servers.app.url)).close(); // creates the stores
  await seed(context, servers.app.url, cases);
  const areas = {};
  // Each area twice: its module fetched on the click ("name"), and after the idle preload
  // ("name, preloaded"), which is what a person who looked at the list a few seconds gets.
  for (const preloaded of [false, true]) {
    for (const [area, nav, testid] of AREAS) {
      const name = preloaded ? `${area}, preloaded` : area;
      areas[name] = [];
      for (let r = 0; r < RUNS; r++) {
        const a = await openArea(context, servers.app.url, nav, testid, preloaded);
        errors.push(...a.errors);
        areas[name].push(a);
      }
      log(`open ${name}: ${round1(median(areas[name].map((a) => a.ms)))} ms, longest task ${round1(median(areas[name].map((a) => a.longest)))} ms`);
    }
  }
  await context.close();
  return { transfer, warm, areas, errors };
}

// --- storage, export and import: our Rust code against Dexie / JSON in one page -------------

async function storageAndBackup(browser, url, cases) {
  const context = await newContext(browser);
  const page = await openPage(context, url);
  await page.addScriptTag({ url: "dexie.js" });
  const count = await page.evaluate(async (cases) => {
    window.__cases = cases;
    const b = window.wasmBindings;
    const n = b.bench_set_cases(cases);
    const broken = b.bench_broken_histories();
    if (broken) throw new Error(`${broken} generated cases fail Case::verify_history`);
    await b.bench_open("bench-ours");
    const db = new window.Dexie("bench-dexie");
    db.version(1).stores({ cases: "id, hard_date" }); // the app's store: key `id`, index hard_date
    await db.open();
    window.__dexie = db;
    window.__envelope = {
      format: "expedite-guard-backup",
      schema_version: 1,
      app_version: "0.1.0",
      exported_at: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
      device_id: "00000000-0000-0000-0000-000000000000",
      scope: { type: "all" },
      data: { cases },
    };
    // The same kinds as our export (the others empty), so both texts have the same shape.
    for (const kind of Object.keys(JSON.parse(new TextDecoder().decode(b.bench_export())).data)) {
      if (kind !== "cases") window.__envelope.data[kind] = [];
    }
    return n;
  }, cases);
  if (count !== cases.length) throw new Error(`bench_set_cases took ${count} of ${cases.length}`);

  const oneRound = (order) =>
    page.evaluate(async (order) => {
      const b = window.wasmBindings;
      const n = window.__cases.length;
      const ops = {
        oursSave: () => b.bench_save(),
        dexieSave: () => window.__dexie.cases.bulkPut(window.__cases),
        oursLoad: async () => {
          if ((await b.bench_load()) !== n) throw new Error("load_all count");
        },
        dexieLoad: async () => {
          if ((await window.__dexie.cases.toArray()).length !== n) throw new Error("toArray count");
        },
        oursExport: () => {
          window.__bytes = b.bench_export(); // the file's bytes, as the download writes them
          window.__text = null;
        },
        jsStringify: () => {
          window.__jsText = JSON.stringify(window.__envelope, null, 2);
        },
        jsStringifyCompact: () => JSON.stringify(window.__envelope),
        oursImport: () => {
          // The app reads a chosen file as bytes (its text decoded in Rust); JSON.parse gets
          // the same file as a JS string. Neither side's file read is timed.
          if (b.bench_import(window.__bytes) !== n) throw new Error("import count");
        },
        jsParse: () => JSON.parse(window.__text),
      };
      const t = {};
      for (const name of order) {
        // The exported file as text, for JSON.parse and the file's size (untimed).
        if (!window.__text && window.__bytes) window.__text = new TextDecoder().decode(window.__bytes);
        if (window.gc) window.gc();
        const t0 = performance.now();
        await ops[name]();
        t[name] = performance.now() - t0;
      }
      for (const [name, v] of b.bench_steps()) t[`step:${name}`] = v;
      t.exportBytes = window.__bytes.length;
      t.jsBytes = new TextEncoder().encode(window.__jsText).length;
      return t;
    }, order);

  const pairs = [
    ["oursSave", "dexieSave"],
    ["oursLoad", "dexieLoad"],
    ["oursExport", "jsStringifyCompact"],
    ["oursImport", "jsParse"],
  ];
  const rounds = [];
  for (let r = 0; r < RUNS + 1; r++) {
    // Alternate which side goes first, so neither always runs on a warmer page.
    const order = pairs.flatMap(([a, b]) => (r % 2 ? [b, a] : [a, b]));
    order.splice(order.indexOf("jsStringifyCompact") + 1, 0, "jsStringify");
    const t = await oneRound(order);
    if (r > 0) rounds.push(t);
    log(`storage/backup round ${r}${r ? "" : " (warm-up)"}: ${Object.entries(t).map(([k, v]) => `${k} ${round1(v)}`).join(", ")}`);
  }
  const errors = page.errors;
  await context.close();
  const m = (k) => median(rounds.map((t) => t[k]));
  return {
    rounds,
    median: Object.fromEntries(Object.keys(rounds[0]).map((k) => [k, m(k)])),
    errors,
  };
}
const round1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : x);

// --- native ---------------------------------------------------------------------------------

function native() {
  if (!fs.existsSync(NATIVE_LOG)) return { ran: false, benches: [] };
  const text = fs.readFileSync(NATIVE_LOG, "utf8");
  const benches = [];
  let last = "";
  for (const line of text.split("\n")) {
    const m = line.match(/^(.*?)\s*time:\s+\[(\S+ \S+) (\S+ \S+) (\S+ \S+)\]/);
    if (m) {
      const name = m[1].trim() || last;
      benches.push({ name, low: m[2], estimate: m[3], high: m[4] });
    } else if (line.trim() && !line.startsWith(" ")) {
      last = line.trim();
    }
  }
  const failed = /error(\[|:)|FAILED|could not compile/.test(text) && !benches.length;
  return { ran: true, failed, benches };
}

// --- machine --------------------------------------------------------------------------------

function machine(browserVersion) {
  const cpu = fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/);
  let commit = "";
  try {
    commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
    if (execSync("git status --porcelain", { encoding: "utf8" }).trim()) commit += " (with local changes)";
  } catch {}
  return {
    cores: os.cpus().length,
    cpu: cpu ? cpu[1].trim() : os.cpus()[0]?.model,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    chromium: browserVersion,
    node: process.version,
    commit,
    date: new Date().toISOString(),
  };
}

// --- main -----------------------------------------------------------------------------------

async function main() {
  for (const [k, d] of Object.entries(DIRS)) {
    if (!fs.existsSync(path.join(d, "index.html"))) throw new Error(`${k}: no ${d}/index.html; run ./scripts/bench`);
  }
  const size = { app: sizes(DIRS.app), hello: sizes(DIRS.hello) };
  const cases = generateCases(CASES);

  const servers = {};
  for (const [k, d] of Object.entries(DIRS)) servers[k] = await serve(d);
  // --expose-gc: the storage/backup page collects garbage before each timed step, so one
  // side does not pay for the other's garbage.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, "--js-flags=--expose-gc"],
  });
  const errors = [];
  if (process.env.BENCH_ONLY === "storage") {
    // A quick look at storage, export and import alone (no table, no results file).
    try {
      const t = (await storageAndBackup(browser, servers.bench.url, cases)).median;
      const r = (a, b) => `${round1(t[a])} vs ${round1(t[b])} ms = ${(t[a] / t[b]).toFixed(2)}x`;
      console.log(`save ${r("oursSave", "dexieSave")}; load ${r("oursLoad", "dexieLoad")}`);
      console.log(`export ${r("oursExport", "jsStringifyCompact")}; import ${r("oursImport", "jsParse")}`);
      return;
    } finally {
      await browser.close();
      for (const s of Object.values(servers)) await new Promise((r) => s.server.close(r));
    }
  }
  if (process.env.BENCH_ONLY === "first") {
    // A quick look at the first-screen figures alone, with cold starts (printed, nothing written).
    try {
      const fsFig = await firstScreen(browser, servers, cases);
      const cold = { hello: [], empty: [] };
      const ctx = { hello: await newContext(browser), empty: await newContext(browser) };
      for (let r = 0; r < RUNS + 1; r++) {
        for (const k of r % 2 ? ["empty", "hello"] : ["hello", "empty"]) {
          const s = await startup(ctx[k], k === "hello" ? servers.hello.url : servers.app.url);
          if (r > 0) cold[k].push(s.ready);
        }
      }
      const w = (k) => median(fsFig.warm[k].map((x) => x.ready));
      console.log(`first visit: app ${round1(fsFig.transfer.app.bytes / 1024)} KB, hello ${round1(fsFig.transfer.hello.bytes / 1024)} KB`);
      console.log(`cold: empty ${round1(median(cold.empty))} ms, hello ${round1(median(cold.hello))} ms = ${(median(cold.empty) / median(cold.hello)).toFixed(2)}x`);
      console.log(`warm: empty ${round1(w("empty"))} ms, full ${round1(w("full"))} ms, hello ${round1(w("hello"))} ms = ${(w("empty") / w("hello")).toFixed(2)}x / ${(w("full") / w("hello")).toFixed(2)}x`);
      for (const [name, runs] of Object.entries(fsFig.areas)) {
        console.log(`open ${name}: ${round1(median(runs.map((a) => a.ms)))} ms, longest task ${round1(median(runs.map((a) => a.longest)))} ms`);
      }
      if (fsFig.errors.length) console.log(`page errors: ${[...new Set(fsFig.errors)].join(" | ")}`);
      return;
    } finally {
      await browser.close();
      for (const s of Object.values(servers)) await new Promise((r) => s.server.close(r));
    }
  }
  // BENCH_ONLY=interactions | renders | typing: one figure alone, on a seeded profile.
  const only = {
    interactions: ["app", async (context, url, target) => {
      // The long tasks of a wizard step, a plan edit and a drill decision.
      const acts = [];
      for (let r = 0; r < RUNS; r++) {
        const a = await interactions(context, url, target.id, THROTTLE);
        acts.push(a);
        log(`interaction run ${r + 1}: wizard ${a.wizard.longest} ms, plan ${a.plan.longest} ms, drill ${a.drill.longest} ms`);
      }
      const med = (k) => median(acts.map((a) => a[k].longest));
      console.log(`longest task at ${THROTTLE}x (median of ${RUNS}): wizard ${med("wizard")} ms, plan ${med("plan")} ms, drill ${med("drill")} ms`);
    }],
    renders: ["bench", async (context, url, target) => {
      // Component renders per keystroke and per saved change in the plan tab (bench build).
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push(await renders(context, url, target.id));
      console.log(`plan tab: ${median(runs.map((x) => x.perKey))} renders per keystroke, ${median(runs.map((x) => x.perSave))} per saved change (median of ${RUNS})`);
    }],
    typing: ["app", async (context, url) => {
      // Typing in the case filter with every case listed, at 1x and at the throttle.
      for (const rate of [1, THROTTLE]) {
        const x = await typing(context, url, rate);
        const keys = x.runs.flatMap((r) => r.keys.map((k) => k.toPaint));
        console.log(`filter typing at ${rate}x (${x.rowsAll} rows): key->paint median ${round1(median(keys))} ms, worst ${round1(median(x.runs.map((r) => r.worst)))} ms, longest task ${round1(median(x.runs.map((r) => r.longest)))} ms`);
      }
    }],
  }[process.env.BENCH_ONLY];
  if (only) {
    const [which, body] = only;
    try {
      const context = await newContext(browser);
      const url = servers[which].url;
      await (await openPage(context, url)).close(); // creates the stores
      await seed(context, url, cases);
      const target = cases.find((c) => !c.deleted && c.service_key && c.status !== "done" && c.status !== "cancelled") || cases[0];
      await body(context, url, target);
      return;
    } finally {
      await browser.close();
      for (const s of Object.values(servers)) await new Promise((r) => s.server.close(r));
    }
  }
  try {
    // Startup: hello-world, empty app and app with 2,000 cases, interleaved run by run.
    log(`startup at ${THROTTLE}× CPU throttling, ${RUNS} runs (+1 warm-up) each`);
    const ctx = {
      hello: await newContext(browser),
      empty: await newContext(browser),
      full: await newContext(browser),
    };
    const seeded = await (async () => {
      const first = await openPage(ctx.full, servers.app.url); // creates the stores
      await first.close();
      return seed(ctx.full, servers.app.url, cases);
    })();
    log(`seeded ${cases.length} cases (${seeded.live} live) into IndexedDB version ${seeded.version}`);
    const url = { hello: servers.hello.url, empty: servers.app.url, full: servers.app.url };
    const start = { hello: [], empty: [], full: [] };
    const order = ["hello", "empty", "full"];
    for (let r = 0; r < RUNS + 1; r++) {
      const turn = order.map((_, i) => order[(i + r) % order.length]);
      for (const k of turn) {
        const s = await startup(ctx[k], url[k]);
        errors.push(...s.errors);
        if (r > 0) start[k].push(s);
      }
      if (r > 0) log(`startup run ${r}: ${order.map((k) => `${k} ${round1(start[k].at(-1).ready)} ms`).join(", ")}`);
    }

    const first = await firstScreen(browser, servers, cases);
    errors.push(...first.errors);

    log("typing in the case filter at 1× and at 4×");
    const type1 = await typing(ctx.full, servers.app.url, 1);
    const type4 = await typing(ctx.full, servers.app.url, THROTTLE);
    errors.push(...type1.errors, ...type4.errors);

    log(`long tasks during a wizard step, a plan edit and a drill decision at ${THROTTLE}×`);
    const acts = [];
    const target = cases.find((c) => !c.deleted && c.service_key && c.status !== "done" && c.status !== "cancelled") || cases[0];
    for (let r = 0; r < RUNS; r++) {
      const a = await interactions(ctx.full, servers.app.url, target.id, THROTTLE);
      errors.push(...a.errors);
      acts.push(a);
      log(`interaction run ${r + 1}: wizard ${a.wizard.longest} ms, plan ${a.plan.longest} ms, drill ${a.drill.longest} ms`);
    }

    log("component renders in the plan tab (bench build)");
    const rend = [];
    {
      const context = await newContext(browser);
      await (await openPage(context, servers.bench.url)).close(); // creates the stores
      await seed(context, servers.bench.url, cases);
      for (let r = 0; r < RUNS; r++) {
        const x = await renders(context, servers.bench.url, target.id);
        errors.push(...x.errors);
        rend.push(x);
      }
      await context.close();
    }

    log("memory");
    const mem = { home: [], cases: [], hello: [], empty: [] };
    for (let r = 0; r < RUNS; r++) {
      mem.home.push(await memory(ctx.full, servers.app.url, "/"));
      mem.cases.push(await memory(ctx.full, servers.app.url, "/cases"));
      mem.empty.push(await memory(ctx.empty, servers.app.url, "/"));
      mem.hello.push(await memory(ctx.hello, servers.hello.url, "/"));
    }
    for (const c of Object.values(ctx)) await c.close();

    log("storage, export and import against Dexie and JSON");
    const sb = await storageAndBackup(browser, servers.bench.url, cases);
    errors.push(...sb.errors);

    const results = assemble({
      browserVersion: browser.version(),
      size,
      seeded,
      start,
      type1,
      type4,
      mem,
      sb,
      acts,
      rend,
      first,
      nat: native(),
      errors,
    });
    fs.writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");
    console.log(table(results));
    console.log(`\nfull figures: ${RESULTS}`);
  } finally {
    await browser.close();
    for (const s of Object.values(servers)) await new Promise((r) => s.server.close(r));
  }
}

function assemble({ browserVersion, size, seeded, start, type1, type4, mem, sb, acts, rend, first, nat, errors }) {
  const act = (k) => ({
    longestTaskMs: round(median(acts.map((a) => a[k].longest))),
    longestTaskMaxMs: round(Math.max(...acts.map((a) => a[k].longest))),
    tasksOver50: median(acts.map((a) => a[k].over50)),
  });
  const st = (k, f = "ready") => median(start[k].map((s) => s[f]));
  const memFig = (k) => {
    const js = median(mem[k].map((m) => m.jsHeap));
    const wasm = median(mem[k].map((m) => m.wasm));
    return {
      jsHeapMB: round(js / 1e6, 1),
      wasmMB: round(wasm / 1e6, 1),
      totalMB: round((js + wasm) / 1e6, 1),
      embedderMB: round(median(mem[k].map((m) => m.embedder)) / 1e6, 1),
      domElements: median(mem[k].map((m) => m.dom)),
    };
  };
  const t = sb.median;
  const typingFig = (x) => ({
    rows: x.rowsAll,
    worstKeyMs: round(median(x.runs.map((r) => r.worst))),
    medianKeyMs: round(median(x.runs.flatMap((r) => r.keys.map((k) => k.toPaint)))),
    longestTaskMs: round(median(x.runs.map((r) => r.longest))),
    longestTaskMaxMs: round(Math.max(...x.runs.map((r) => r.longest))),
    tasksOver50PerRun: median(x.runs.map((r) => r.longCount)),
    eventTimingMaxMs: round(median(x.runs.map((r) => r.eventTimingMax))),
    lateRenders: x.runs.reduce((n, r) => n + r.lateRenders, 0),
    // The worst key split at its first frame: before it, the event and Yew's render (wasm and
    // DOM mutations); after it, style, layout and paint of the changed rows.
    worstKeyToFrameMs: round(median(x.runs.map((r) => r.keys.reduce((a, k) => (k.toPaint > a.toPaint ? k : a)).toFrame))),
    perKeyMs: Object.fromEntries(
      KEYS.map((k, i) => [`${i + 1}:${k}`, round(median(x.runs.map((r) => r.keys[i].toPaint)))]),
    ),
  });
  return {
    machine: machine(browserVersion),
    runs: RUNS,
    cases: CASES,
    generator: { seed: 20261126, live: seeded.live },
    size: {
      totalGzipKB: round(size.app.gzip / 1024),
      totalBrotliKB: round(size.app.brotli / 1024),
      wasmBrotliKB: round(size.app.wasmBrotli / 1024),
      wasmGzipKB: round(size.app.wasmGzip / 1024),
      wasmRawKB: round(size.app.wasmRaw / 1024),
      totalRawKB: round(size.app.raw / 1024),
      helloTotalGzipKB: round(size.hello.gzip / 1024),
      helloWasmGzipKB: round(size.hello.wasmGzip / 1024),
      files: size.app.perFile,
    },
    startup: {
      throttle: THROTTLE,
      helloMs: round(st("hello")),
      emptyMs: round(st("empty")),
      fullMs: round(st("full")),
      emptyRatio: round(st("empty") / st("hello"), 2),
      fullRatio: round(st("full") / st("hello"), 2),
      wasmLoadedMs: { hello: round(st("hello", "wasmLoaded")), empty: round(st("empty", "wasmLoaded")), full: round(st("full", "wasmLoaded")) },
      wasmStartedMs: { hello: round(st("hello", "started")), empty: round(st("empty", "started")), full: round(st("full", "started")) },
      longestTaskMs: { hello: round(st("hello", "longest")), empty: round(st("empty", "longest")), full: round(st("full", "longest")) },
      runs: start,
    },
    firstVisit: {
      appKB: round(first.transfer.app.bytes / 1024),
      helloKB: round(first.transfer.hello.bytes / 1024),
      files: first.transfer.app.files,
    },
    warmStart: (() => {
      const w = (k) => median(first.warm[k].map((s) => s.ready));
      return {
        throttle: THROTTLE,
        helloMs: round(w("hello")),
        emptyMs: round(w("empty")),
        fullMs: round(w("full")),
        emptyRatio: round(w("empty") / w("hello"), 2),
        fullRatio: round(w("full") / w("hello"), 2),
        runs: first.warm,
      };
    })(),
    areas: Object.fromEntries(
      Object.entries(first.areas).map(([name, runs]) => [
        name,
        {
          ms: round(median(runs.map((a) => a.ms))),
          longestTaskMs: round(median(runs.map((a) => a.longest))),
          tasksOver50: median(runs.map((a) => a.over50)),
        },
      ]),
    ),
    storage: {
      saveMs: round(t.oursSave),
      dexieSaveMs: round(t.dexieSave),
      saveRatio: round(t.oursSave / t.dexieSave, 2),
      loadMs: round(t.oursLoad),
      dexieLoadMs: round(t.dexieLoad),
      loadRatio: round(t.oursLoad / t.dexieLoad, 2),
      bothRatio: round((t.oursSave + t.oursLoad) / (t.dexieSave + t.dexieLoad), 2),
    },
    backup: {
      exportMs: round(t.oursExport),
      stringifyPrettyMs: round(t.jsStringify),
      stringifyCompactMs: round(t.jsStringifyCompact),
      // Our export is compact JSON, so it is compared with compact JSON.stringify.
      exportRatio: round(t.oursExport / t.jsStringifyCompact, 2),
      exportBytes: t.exportBytes,
      stringifyBytes: t.jsBytes,
      importMs: round(t.oursImport),
      parseMs: round(t.jsParse),
      importRatio: round(t.oursImport / t.jsParse, 2),
      rounds: sb.rounds,
    },
    // The Rust work behind start-up and a keystroke, at 1x, on the same cases.
    rustStepsMs: Object.fromEntries(
      Object.entries(t).filter(([k]) => k.startsWith("step:")).map(([k, v]) => [k.slice(5), round(v, 2)]),
    ),
    interaction: { at1x: typingFig(type1), at4x: typingFig(type4), keys: KEYS },
    actions: { throttle: THROTTLE, wizard: act("wizard"), plan: act("plan"), drill: act("drill") },
    renders: {
      perKeystroke: median(rend.map((x) => x.perKey)),
      perSavedChange: median(rend.map((x) => x.perSave)),
    },
    memory: { cases: memFig("cases"), home: memFig("home"), empty: memFig("empty"), hello: memFig("hello") },
    native: nat,
    pageErrors: [...new Set(errors)],
  };
}

function table(r) {
  const rows = [];
  const ok = (pass) => (pass ? "met" : "MISSED");
  const kb = (x) => `${x} KB`;
  const ms = (x) => `${x} ms`;
  rows.push(["shipped size, gzip -9, all of dist/", kb(r.size.totalGzipKB), `hello ${kb(r.size.helloTotalGzipKB)}`, "", "<= 350 KB", ok(r.size.totalGzipKB <= 350)]);
  rows.push([".wasm alone, gzip -9 (raw)", `${kb(r.size.wasmGzipKB)} (${r.size.wasmRawKB})`, `hello ${kb(r.size.helloWasmGzipKB)}`, "", "-", ""]);
  rows.push(["all of dist/, brotli (.br copies)", kb(r.size.totalBrotliKB), `.wasm ${kb(r.size.wasmBrotliKB)}`, "", "printed", ""]);
  rows.push(["first-visit transfer until app-ready, #/cases", kb(r.firstVisit.appKB), `hello ${kb(r.firstVisit.helloKB)}`, "", "<= 450 KB", ok(r.firstVisit.appKB <= 450)]);
  rows.push([`startup, empty, ${r.startup.throttle}x CPU`, ms(r.startup.emptyMs), `hello ${ms(r.startup.helloMs)}`, `${r.startup.emptyRatio}x`, "<= 1.5x", ok(r.startup.emptyRatio <= 1.5)]);
  rows.push([`startup, ${r.cases} cases, ${r.startup.throttle}x CPU`, ms(r.startup.fullMs), `hello ${ms(r.startup.helloMs)}`, `${r.startup.fullRatio}x`, "<= 2.5x", ok(r.startup.fullRatio <= 2.5)]);
  rows.push([`cold start, empty, ${r.startup.throttle}x (budget of #19)`, ms(r.startup.emptyMs), `hello ${ms(r.startup.helloMs)}`, `${r.startup.emptyRatio}x`, "<= 2.0x", ok(r.startup.emptyRatio <= 2)]);
  rows.push([`cold start, ${r.cases} cases, ${r.startup.throttle}x (budget of #19)`, ms(r.startup.fullMs), `hello ${ms(r.startup.helloMs)}`, `${r.startup.fullRatio}x`, "<= 3.0x", ok(r.startup.fullRatio <= 3)]);
  const w = r.warmStart;
  rows.push([`warm start, empty, ${w.throttle}x`, ms(w.emptyMs), `hello ${ms(w.helloMs)}`, `${w.emptyRatio}x`, "<= 1.3x", ok(w.emptyRatio <= 1.3)]);
  rows.push([`warm start, ${r.cases} cases, ${w.throttle}x`, ms(w.fullMs), `hello ${ms(w.helloMs)}`, `${w.fullRatio}x`, "<= 2.0x", ok(w.fullRatio <= 2)]);
  for (const [name, a] of Object.entries(r.areas)) {
    rows.push([`open ${name} first time from #/cases, ${r.startup.throttle}x`, ms(a.ms), `longest task ${ms(a.longestTaskMs)}`, "", "<= 300 ms, no task > 50", ok(a.ms <= 300 && a.longestTaskMs <= 50)]);
  }
  rows.push([`storage: save ${r.cases} (write_all)`, ms(r.storage.saveMs), `Dexie bulkPut ${ms(r.storage.dexieSaveMs)}`, `${r.storage.saveRatio}x`, "<= 1.3x", ok(r.storage.saveRatio <= 1.3)]);
  rows.push([`storage: load ${r.cases} (load_all)`, ms(r.storage.loadMs), `Dexie toArray ${ms(r.storage.dexieLoadMs)}`, `${r.storage.loadRatio}x`, "<= 1.3x", ok(r.storage.loadRatio <= 1.3)]);
  rows.push([`export ${r.cases} (Envelope::to_json)`, ms(r.backup.exportMs), `JSON.stringify ${ms(r.backup.stringifyCompactMs)}`, `${r.backup.exportRatio}x`, "<= 2x", ok(r.backup.exportRatio <= 2)]);
  rows.push([`import ${r.cases} (parse_backup)`, ms(r.backup.importMs), `JSON.parse ${ms(r.backup.parseMs)}`, `${r.backup.importRatio}x`, "<= 3x", ok(r.backup.importRatio <= 3)]);
  rows.push([`export file, ${r.cases} cases`, `${round(r.backup.exportBytes / 2 ** 20, 2)} MB`, "", "", "-", ""]);
  const i1 = r.interaction.at1x;
  const i4 = r.interaction.at4x;
  rows.push([`filter typing, key->paint, 1x (${i1.rows} rows)`, `worst ${ms(i1.worstKeyMs)}`, `median key ${ms(i1.medianKeyMs)}`, "", "<= 16 ms", ok(i1.worstKeyMs <= 16)]);
  rows.push([`filter typing, longest task, ${r.startup.throttle}x`, ms(i4.longestTaskMs), `worst key ${ms(i4.worstKeyMs)}`, "", "<= 50 ms", ok(i4.longestTaskMs <= 50)]);
  rows.push(["plan tab: component renders per keystroke (risk form)", String(r.renders.perKeystroke), `per saved risk ${r.renders.perSavedChange}`, "", "printed", ""]);
  for (const k of ["wizard", "plan", "drill"]) {
    const a = r.actions[k];
    const what = { wizard: "a wizard step", plan: "a plan edit", drill: "a drill decision" }[k];
    rows.push([`longest task: ${what}, ${r.actions.throttle}x CPU`, ms(a.longestTaskMs), `worst run ${ms(a.longestTaskMaxMs)}`, "", "<= 50 ms", ok(a.longestTaskMs <= 50)]);
  }
  const m = r.memory.cases;
  rows.push([`memory, ${r.cases} cases, case list`, `${m.totalMB} MB`, `JS ${m.jsHeapMB} + wasm ${m.wasmMB}`, "", "<= 60 MB", ok(m.totalMB <= 60)]);
  const h = r.memory.home;
  rows.push([`memory, ${r.cases} cases, home`, `${h.totalMB} MB`, `JS ${h.jsHeapMB} + wasm ${h.wasmMB}`, "", "<= 60 MB", ok(h.totalMB <= 60)]);
  if (!r.native.ran) {
    rows.push(["native (criterion)", "no benches yet", "benches/ is empty", "", "printed", "n/a"]);
  } else if (r.native.failed) {
    rows.push(["native (criterion)", "cargo bench FAILED", `see ${NATIVE_LOG}`, "", "printed", "n/a"]);
  } else {
    for (const b of r.native.benches) rows.push([`native: ${b.name}`, b.estimate, `[${b.low} .. ${b.high}]`, "", "printed", ""]);
  }
  const head = ["what", "ours", "reference", "ratio", "budget", "verdict"];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(width[i])).join(" | ")} |`;
  const mc = r.machine;
  return [
    "",
    `Expedite Guard benchmark: median of ${r.runs} runs, ${mc.date.slice(0, 16).replace("T", " ")} UTC, ${mc.commit}`,
    `machine: ${mc.cores} cores, ${mc.cpu}, ${mc.memoryGiB} GiB; Chromium ${mc.chromium} headless`,
    "",
    line(head),
    line(width.map((w) => "-".repeat(w))),
    ...rows.map(line),
    ...(r.pageErrors.length ? ["", `page errors: ${r.pageErrors.join(" | ")}`] : []),
  ].join("\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
