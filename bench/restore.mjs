// Restore and merge of a large backup through the 数据 screen, as a person does it (issue 20):
// the time from the click to "done", the longest gap between two painted frames while writing,
// the longest long task, the progress texts seen and the downloads (safety copies) made. The
// apply button is clicked three times in a row, as an impatient person would.
//
//   node bench/restore.mjs [dist dir] [records]      (defaults: dist, 50000)
//
// Part of ./scripts/bench; runs on its own against any release build (e.g. an older one, to
// compare). Time is pinned: the generated cases are dated from a fixed day.
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ARGS, CHROMIUM } from "../e2e/harness.mjs";
import { serve } from "../e2e/server.mjs";
import { generateCases } from "./generate.mjs";

const DIST = process.argv[2] || "dist";
const COUNT = Number(process.argv[3] || 50000);
const TODAY = new Date("2026-11-18T02:00:00Z");
const KINDS = ["cases", "service_types", "holiday_years", "plans", "warnings", "failures", "retros", "drill_scenarios", "drill_runs", "prechecks"];
const log = (...a) => console.error("[restore]", ...a);

function backupFile() {
  const cases = generateCases(COUNT, { seed: 20261206, today: TODAY });
  // Keep the file under the app's 64 MB import limit: short notes and the first two timeline
  // events (a prefix of a valid hash chain is still valid).
  for (const c of cases) {
    c.notes = c.notes.slice(0, 40);
    c.events = c.events.slice(0, 2);
  }
  const data = Object.fromEntries(KINDS.map((k) => [k, k === "cases" ? cases : []]));
  const envelope = {
    format: "expedite-guard-backup",
    schema_version: 1,
    app_version: "0.1.0",
    exported_at: TODAY.toISOString().replace(/\.\d{3}Z$/, "Z"),
    device_id: "00000000-0000-0000-0000-000000000000",
    scope: { type: "all" },
    data,
  };
  const file = path.join(os.tmpdir(), `restore-bench-${COUNT}.json`);
  fs.writeFileSync(file, JSON.stringify(envelope));
  return file;
}

/** Records frame gaps (rAF to rAF) and long tasks from `start()` until `stop()`. */
function frameProbe() {
  window.__gaps = [];
  window.__tasks = [];
  window.__progress = new Set();
  window.__phases = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__tasks.push(e.duration))).observe({ entryTypes: ["longtask"] });
  let last = performance.now();
  const tick = (t) => {
    const gap = t - last;
    window.__gaps.push(gap);
    last = t;
    const p = document.querySelector('[data-testid="import-progress"]');
    if (p) window.__progress.add(p.textContent);
    const phase = p ? p.textContent.replace(/\d+ \/ /, "n / ") : document.querySelector('[data-testid="import-done"]') ? "done" : "before";
    if (window.__phases.at(-1)?.phase !== phase) window.__phases.push({ phase, at: t });
    if (gap > 200) window.__phases.push({ phase: `long frame ${Math.round(gap)} ms ending in`, at: t, during: phase });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Imports `file` by `mode` in `context` (a fresh one: an empty device; else as left). */
async function run(browser, url, file, mode, context = null) {
  // RESTORE_TRACE=1 writes a Chromium trace of the end of each import to /tmp (for analysis).
  const own = !context;
  context ??= await browser.newContext({ acceptDownloads: true, timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.goto(`${url}#/data`);
  await page.waitForFunction(() => document.documentElement.dataset.appReady === "true", null, { timeout: 60_000 });
  await page.getByTestId("import-file").waitFor();
  const t0 = Date.now();
  await page.getByTestId("import-file").setInputFiles(file);
  await page.getByTestId("import-preview").waitFor({ timeout: 180_000 });
  const previewMs = Date.now() - t0;
  await page.getByTestId(`mode-${mode}`).check();
  if (mode === "restore") await page.getByTestId("import-apply").click(); // asks to confirm
  await page.evaluate(frameProbe);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  const started = await page.evaluate(() => performance.now());
  // Three clicks in a row: only one import may run.
  await page.evaluate(() => {
    const b = document.querySelector('[data-testid="import-apply"]');
    b.click();
    b.click();
    b.click();
  });
  if (process.env.RESTORE_TRACE) await browser.startTracing(page, { path: `/tmp/restore-${mode}.trace.json`, categories: ["devtools.timeline", "v8", "disabled-by-default-devtools.timeline"] });
  await page.getByTestId("import-done").waitFor({ timeout: 300_000 });
  const done = await page.evaluate(() => performance.now());
  await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), process.env.RESTORE_TRACE ? 1500 : 300);
  if (process.env.RESTORE_TRACE) await browser.stopTracing();
  const r = await page.evaluate((started) => ({
    gaps: window.__gaps,
    tasks: window.__tasks,
    progress: [...window.__progress],
    message: document.querySelector('[data-testid="import-done"]').textContent,
    phases: window.__phases,
  }), started);
  if (process.env.RESTORE_PHASES) log(JSON.stringify(r.phases.map((p) => ({ ...p, at: Math.round(p.at - started) }))));
  await page.waitForTimeout(500); // late downloads
  const out = {
    mode,
    previewMs,
    applyMs: Math.round(done - started),
    longestFrameMs: Math.round(Math.max(0, ...r.gaps)),
    framesOver200: r.gaps.filter((g) => g > 200).length,
    longestTaskMs: Math.round(Math.max(0, ...r.tasks)),
    progressTexts: r.progress.length,
    lastProgress: r.progress.at(-1) ?? null,
    downloads,
    message: r.message,
  };
  await page.close();
  if (own) await context.close();
  return out;
}

const file = backupFile();
log(`${COUNT} records, ${(fs.statSync(file).size / 1048576).toFixed(1)} MB, build ${DIST}`);
const { server, url } = await serve(DIST);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
const results = [];
for (const mode of ["restore", "merge"]) {
  const r = await run(browser, url, file, mode);
  log(JSON.stringify(r));
  results.push(r);
}
// The worst case: restoring over a device that already holds the 50,000 records (its safety
// copy is a 48 MB export), then merging the same file again (nothing changes).
{
  const context = await browser.newContext({ acceptDownloads: true, timezoneId: "Asia/Shanghai" });
  await run(browser, url, file, "merge", context);
  for (const mode of ["restore", "merge"]) {
    const r = await run(browser, url, file, mode, context);
    r.mode = `${mode} over ${COUNT}`;
    log(JSON.stringify(r));
    results.push(r);
  }
  await context.close();
}
await browser.close();
server.close();
console.log("| import of " + COUNT + " records | click → done | longest frame | frames > 200 ms | longest task | progress updates | downloads |");
console.log("|---|---|---|---|---|---|---|");
for (const r of results) {
  console.log(`| ${r.mode} | ${r.applyMs} ms | ${r.longestFrameMs} ms | ${r.framesOver200} | ${r.longestTaskMs} ms | ${r.progressTexts} | ${r.downloads} |`);
}
