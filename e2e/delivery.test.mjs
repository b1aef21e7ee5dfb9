// How the build reaches a tablet, and how fast its screens open (issue #19): precompressed
// copies beside every compressible file, served by Accept-Encoding with revalidation, the same
// app from a host that cannot serve them, and long lists that render their first rows only.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import crypto from "node:crypto";
import { start, open, tid, createCase, isoDay, importCopies } from "./harness.mjs";
import { compressible } from "../scripts/precompress.mjs";

const DIST = process.env.DIST_DIR || "dist";
let h;
let plain;
before(async () => {
  h = await start();
  plain = await start({ precompressed: false });
});
after(async () => {
  await h?.close();
  await plain?.close();
});

test("every compressible file of dist/ has .br and .gz copies that unpack to its exact bytes", () => {
  const files = compressible(DIST);
  assert.ok(files.some((f) => f.endsWith(".wasm")), "the .wasm is among them");
  for (const f of files) {
    const body = fs.readFileSync(f);
    for (const [ext, unpack] of [[".br", zlib.brotliDecompressSync], [".gz", zlib.gunzipSync]]) {
      // A copy is left out only when it would not be smaller (tiny files).
      if (!fs.existsSync(f + ext)) {
        assert.ok(body.length < 200, `${path.relative(DIST, f)}${ext} is missing`);
        continue;
      }
      assert.ok(unpack(fs.readFileSync(f + ext)).equals(body), `${path.relative(DIST, f)}${ext} unpacks to the file`);
    }
  }
  const wasm = files.find((f) => f.endsWith("_bg.wasm"));
  const ratio = fs.statSync(wasm + ".br").size / fs.statSync(wasm).size;
  assert.ok(ratio < 0.4, `brotli makes the .wasm ${Math.round(ratio * 100)} % of its size`);
  // The service worker precaches plain names only; the browser negotiates the encoding.
  const sw = fs.readFileSync(path.join(DIST, "sw.js"), "utf8");
  assert.doesNotMatch(sw, /\.(br|gz)"/);
});

test("the app is served brotli-compressed, revalidated with a 304, and starts", async () => {
  const page = await h.newPage();
  const responses = [];
  page.on("response", (r) => responses.push(r));
  await open(page, h.url, "/cases");
  const wasm = responses.find((r) => r.url().endsWith(".wasm"));
  assert.ok(wasm, "the .wasm was fetched");
  const headers = await wasm.allHeaders();
  assert.equal(headers["content-encoding"], "br");
  assert.equal(headers["content-type"], "application/wasm");
  assert.match(headers["vary"] ?? "", /accept-encoding/i);
  const onDisk = fs.statSync(path.join(DIST, new URL(wasm.url()).pathname.slice(1) + ".br")).size;
  assert.equal(Number(headers["content-length"]), onDisk, "the brotli copy itself went over the wire");
  // A client that takes only gzip gets the .gz; one that takes neither gets the plain file.
  for (const [accept, enc] of [["gzip", "gzip"], ["identity", undefined]]) {
    const r = await fetch(wasm.url(), { headers: { "accept-encoding": accept } });
    assert.equal(r.headers.get("content-encoding") ?? undefined, enc, `Accept-Encoding: ${accept}`);
    await r.arrayBuffer();
  }
  // Revalidation: the same ETag back gives 304 and no body.
  const first = await fetch(wasm.url(), { headers: { "accept-encoding": "br" } });
  await first.arrayBuffer();
  const again = await fetch(wasm.url(), { headers: { "accept-encoding": "br", "if-none-match": first.headers.get("etag") } });
  assert.equal(again.status, 304);
  assert.equal(page.errors.length, 0, page.errors.join("\n"));
  await page.context().close();
});

test("a host that cannot serve precompressed files serves the same app uncompressed", async () => {
  const page = await plain.newPage();
  const responses = [];
  page.on("response", (r) => responses.push(r));
  await open(page, plain.url, "/cases");
  const wasm = responses.find((r) => r.url().endsWith(".wasm"));
  assert.equal((await wasm.allHeaders())["content-encoding"], undefined);
  await page.getByTestId("cases-empty").waitFor();
  assert.equal(page.errors.length, 0, page.errors.join("\n"));
  await page.context().close();
});

test("with many cases, the case list and the precheck and plan areas render 25 rows and more on request", async () => {
  const page = await h.newPage();
  await createCase(page, h.url, { company: "苏州示例电子有限公司", service: "经营范围变更", hardDate: isoDay(20), days: 5 });
  await importCopies(page, h.url, 59, "批量示例公司");

  for (const [route, row, prefix] of [
    ["/cases", "case-row", "cases"],
    ["/precheck", "precheck-row", "precheck-rows"],
    ["/plan", "plan-area-row", "plan-area-rows"],
  ]) {
    await open(page, h.url, route);
    await tid(page, row).first().waitFor();
    assert.equal(await tid(page, row).count(), 25, `${route}: first rows`);
    assert.equal(await tid(page, `${prefix}-count`).innerText(), "显示 25 / 共 60 条 再显示 25 条");
    await tid(page, `${prefix}-more`).click();
    await page.waitForFunction((r) => document.querySelectorAll(`[data-testid="${r}"]`).length === 50, row);
    await tid(page, `${prefix}-more`).click();
    await page.waitForFunction((r) => document.querySelectorAll(`[data-testid="${r}"]`).length === 60, row);
    assert.equal(await tid(page, `${prefix}-more`).count(), 0, `${route}: nothing more to show`);
  }
  assert.equal(page.errors.length, 0, page.errors.join("\n"));
  await page.context().close();
});

// Each area split out of the main module (src/ui/lazy.rs), with its nav link and page.
const AREAS = [
  ["precheck", "nav-precheck", "page-precheck"],
  ["plan", "nav-plan", "page-plan"],
  ["response", "nav-response", "page-response"],
  ["retro", "nav-retro", "page-retro"],
  ["drill", "nav-drill", "page-drill"],
  ["library", "nav-library", "page-library"],
  ["data", "nav-data", "page-data"],
];

test("each area's code is its own content-hashed module, fetched when the area is first opened or the app is idle", async () => {
  const files = fs.readdirSync(DIST);
  const modules = Object.fromEntries(
    AREAS.map(([name]) => {
      const found = files.filter((f) => new RegExp(`^split_${name}-[0-9a-f]{16}\\.wasm$`).test(f));
      assert.equal(found.length, 1, `one ${name} module in dist/`);
      return [name, found[0]];
    }),
  );
  const page = await h.newPage();
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
  await open(page, h.url, "/cases");
  for (const module of Object.values(modules)) {
    assert.ok(!fetched.includes(module), `the case list does not fetch ${module}`);
  }
  assert.ok(!fetched.includes("content/drill-scenarios.json"), "nor the drill scenarios");
  for (const [name, nav, testid] of AREAS) {
    await tid(page, nav).click();
    await tid(page, testid).waitFor();
    assert.ok(fetched.includes(modules[name]), `opening ${name} fetches its module`);
  }
  assert.ok(fetched.includes("content/drill-scenarios.json"), "the drill area fetches its scenarios");
  // Left alone on the list, the app loads every area in idle time, so a later first open does
  // not wait for the download.
  const idle = await h.newPage();
  const preloaded = [];
  idle.on("request", (r) => preloaded.push(new URL(r.url()).pathname.slice(1)));
  await open(idle, h.url, "/cases");
  await idle.locator("html[data-areas-loaded]").waitFor({ state: "attached" });
  for (const module of Object.values(modules)) assert.ok(preloaded.includes(module), `${module} preloaded`);
  await idle.context().close();
  // The code in the drill module runs on the fetched scenarios: one starts and takes a decision.
  await tid(page, "nav-drill").click();
  await page.locator('[data-testid^="drill-start-"]').first().click();
  await tid(page, "drill-choice-1").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="drill-situation"], [data-testid="page-drill-debrief"]'));
  assert.equal(page.errors.length, 0, page.errors.join("\n"));
  await page.context().close();
});

test("after one visit to the case list, every area opens offline though none was opened", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/cases");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
  });
  await page.context().setOffline(true);
  for (const [, nav, testid] of AREAS) {
    await tid(page, nav).click();
    await tid(page, testid).waitFor();
    assert.equal(await tid(page, "area-load-failed").count(), 0);
  }
  // The drill area's built-in scenarios (a data file) came from the service worker too.
  await tid(page, "nav-drill").click();
  await tid(page, "drill-library").waitFor();
  assert.ok((await page.locator('[data-testid^="drill-start-"]').count()) >= 16);
  await page.context().setOffline(false);
  await page.context().close();
});

test("a missing or damaged scenarios file gives a message in the current language and 'try again'", async () => {
  const context = await h.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  let answer = { status: 404, body: "not found" };
  await page.route(/content\/drill-scenarios\.json$/, (route) => (answer ? route.fulfill(answer) : route.continue()));
  await open(page, h.url, "/drill");
  await tid(page, "content-failed").waitFor();
  assert.match(await tid(page, "content-failed").innerText(), /没有下载下来/);
  answer = { status: 200, contentType: "application/json", body: '{"format":"expedite-guard-scenarios","version":1,"scenarios":[' };
  await tid(page, "content-retry").click();
  await page.waitForFunction(() => /已损坏/.test(document.querySelector('[data-testid="content-failed"]')?.innerText ?? ""));
  await tid(page, "lang-toggle").click();
  assert.match(await tid(page, "content-failed").innerText(), /damaged/);
  answer = null;
  await tid(page, "content-retry").click();
  await tid(page, "drill-library").waitFor();
  assert.ok((await page.locator('[data-testid^="drill-start-"]').count()) >= 16, "every built-in scenario is listed");
  await context.close();
});

test("a drill module that cannot be downloaded gives a message and 'try again', and the rest of the app keeps working", async () => {
  const context = await h.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  let fail = true;
  await page.route(/split_drill-[0-9a-f]+\.wasm$/, (route) => (fail ? route.fulfill({ status: 503, body: "down" }) : route.continue()));
  await open(page, h.url, "/cases");
  await tid(page, "nav-drill").click();
  await tid(page, "area-load-failed").waitFor();
  assert.match(await tid(page, "area-load-failed").innerText(), /没有下载下来/);
  await tid(page, "nav-cases").click();
  await tid(page, "page-cases").waitFor();
  fail = false;
  await tid(page, "nav-drill").click();
  if (await tid(page, "area-retry").count()) await tid(page, "area-retry").click();
  await tid(page, "drill-library").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
