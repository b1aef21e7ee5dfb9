// Team sync's benchmark (issue #17), run by ./scripts/bench after bench/run.mjs, or alone:
//   node bench/sync.mjs [dist-dir]      (BENCH_SYNC_CASES=2000, BENCH_RUNS=5)
//
// Against pouchdb-server 4.2 on 127.0.0.1, reached through the same-origin proxy path /couch/:
// - the app's first push of N cases and first pull of them on a fresh profile, each beside
//   PouchDB's own replication (pouchdb-browser 9, bundled here with esbuild) of the same
//   documents to and from the same server, in a page of the same origin: budget ≤ 1.5×;
// - a save on tablet A until it shows on tablet B, both online: budget ≤ 2 s (median).
// Prints one table; no figure here is asserted by a test.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { start, open, tid, isoDay, createCase, importCopies } from "../e2e/harness.mjs";
import { startCouch, connectSync } from "../e2e/couch.mjs";

const DIST = process.argv[2] || process.env.BENCH_APP_DIST || "dist";
const N = Number(process.env.BENCH_SYNC_CASES || 2000);
const RUNS = Number(process.env.BENCH_RUNS || 5);
const OUT = "target/bench";
fs.mkdirSync(OUT, { recursive: true });
const BUNDLE = path.join(OUT, "pouchdb-browser.js");
execFileSync("node_modules/.bin/esbuild", [
  "node_modules/pouchdb-browser/lib/index.es.js",
  "--bundle",
  "--format=iife",
  "--global-name=PouchDBModule",
  "--platform=browser",
  "--minify",
  `--outfile=${BUNDLE}`,
]);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

process.env.DIST_DIR = DIST;
const couch = await startCouch();
const proxy = { prefix: "/couch/", target: couch.url, fail: null };
const h = await start({ proxy });

async function tablet() {
  const context = await h.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await open(page, h.url, "/data");
  return page;
}

const connect = (page, db) => connectSync(page, h.url, db, { open, tid });

/** Until the tablet is caught up: idle, nothing waiting to go up, `count` records here. */
async function caughtUp(page, count) {
  await page.waitForFunction(
    (n) => {
      const q = (id) => document.querySelector(`[data-testid="${id}"]`);
      return q("sync-phase")?.dataset.phase === "idle" && q("sync-to-push")?.textContent === "0" && Number(q("record-count")?.textContent) >= n;
    },
    count,
    { timeout: 600_000, polling: 20 },
  );
}

async function seedCases(page) {
  await createCase(page, h.url, { company: "基准同步示例有限公司", service: "经营范围变更", hardDate: isoDay(20), days: 5 });
  await importCopies(page, h.url, N - 1, "基准同步公司");
}

/** A page on the app's origin with pouchdb-browser loaded (no app, no CSP). */
async function pouchPage() {
  const context = await h.newContext();
  const page = await context.newPage();
  const bundle = fs.readFileSync(BUNDLE, "utf8");
  await page.route(`${h.url}pouch-bench.html`, (r) =>
    r.fulfill({ contentType: "text/html", body: "<!doctype html><meta charset=utf-8><script src=pouch-bench.js></script>" }),
  );
  await page.route(`${h.url}pouch-bench.js`, (r) => r.fulfill({ contentType: "text/javascript", body: bundle }));
  await page.goto(`${h.url}pouch-bench.html`);
  await page.waitForFunction(() => typeof window.PouchDBModule !== "undefined");
  return page;
}

const rows = [];
const pushApp = [];
const pullApp = [];
const pushRef = [];
const pullRef = [];
const visible = [];

for (let run = 0; run < RUNS; run++) {
  const db = `/couch/app${run}`;
  const ref = `ref${run}`;
  await couch.json("PUT", `/app${run}`);
  await couch.json("PUT", `/${ref}`);
  const a = await tablet();
  await seedCases(a);
  const records = Number(await tid(a, "record-count").textContent());
  // The app's first push.
  let t0 = Date.now();
  await connect(a, db);
  await caughtUp(a, records);
  pushApp.push(Date.now() - t0);
  // The app's first pull, on a fresh profile.
  const b = await tablet();
  t0 = Date.now();
  await connect(b, db);
  await caughtUp(b, records);
  pullApp.push(Date.now() - t0);

  // PouchDB, same documents, same server, same origin: first the pull of the app's database
  // into a fresh PouchDB (that is also how it gets the documents), then its push of them to an
  // empty database.
  const p = await pouchPage();
  const ref_ = await p.evaluate(
    async ({ db, ref }) => {
      const PouchDB = window.PouchDBModule.default;
      const local = new PouchDB(`bench-${Date.now()}`);
      let t = performance.now();
      await local.replicate.from(`${location.origin}${db}`, { batch_size: 200 });
      const pull = performance.now() - t;
      t = performance.now();
      await local.replicate.to(`${location.origin}/couch/${ref}`, { batch_size: 200 });
      const push = performance.now() - t;
      const info = await local.info();
      await local.destroy();
      return { pull, push, docs: info.doc_count };
    },
    { db, ref },
  );
  pullRef.push(ref_.pull);
  pushRef.push(ref_.push);

  // A save on A until it shows on B.
  await open(a, h.url, "/cases");
  const id = await a.getByTestId("case-row").first().getAttribute("data-id");
  await open(b, h.url, `/cases/${id}`);
  for (let k = 0; k < 3; k++) {
    const name = `基准同步示例有限公司-${run}-${k}`;
    await open(a, h.url, `/cases/${id}/edit`);
    await tid(a, "company-name").fill(name);
    const t = Date.now();
    await tid(a, "save-case").click();
    try {
      await b.waitForFunction((n) => document.querySelector('[data-testid="case-title"]')?.textContent === n, name, {
        timeout: 60_000,
        polling: 10,
      });
    } catch (e) {
      for (const [who, page] of [["A", a], ["B", b]]) {
        await open(page, h.url, "/data");
        const text = await tid(page, "sync-status").textContent();
        const err = (await tid(page, "sync-error").count()) ? await tid(page, "sync-error").textContent() : "";
        console.error(`[sync bench] ${who}: ${text} ${err}`);
      }
      throw e;
    }
    visible.push(Date.now() - t);
  }
  await a.context().close();
  await b.context().close();
  await p.context().close();
  console.error(`[sync bench] run ${run + 1}/${RUNS}: ${records} records, app push ${ms(pushApp.at(-1))} pull ${ms(pullApp.at(-1))}, PouchDB push ${ms(ref_.push)} pull ${ms(ref_.pull)} (${ref_.docs} docs)`);
}

const pushRatio = median(pushApp) / median(pushRef);
const pullRatio = median(pullApp) / median(pullRef);
rows.push(["first push of " + N + " cases: app / PouchDB", `${ms(median(pushApp))} / ${ms(median(pushRef))} = ${pushRatio.toFixed(2)}×`, "≤ 1.5×", pushRatio <= 1.5]);
rows.push(["first pull of " + N + " cases: app / PouchDB", `${ms(median(pullApp))} / ${ms(median(pullRef))} = ${pullRatio.toFixed(2)}×`, "≤ 1.5×", pullRatio <= 1.5]);
rows.push(["save on A until visible on B (median, worst)", `${ms(median(visible))} (${ms(Math.max(...visible))})`, "≤ 2 s", median(visible) <= 2000]);
console.log(`\nTeam sync (${RUNS} runs, pouchdb-server 4.2 on loopback, Chromium headless)`);
console.log("| figure | measured | budget | met |\n|---|---|---|---|");
for (const [name, value, budget, met] of rows) console.log(`| ${name} | ${value} | ${budget} | ${met ? "yes" : "**no**"} |`);
fs.writeFileSync(path.join(OUT, "sync-results.json"), JSON.stringify({ N, RUNS, pushApp, pullApp, pushRef, pullRef, visible }, null, 2));
await h.close();
await couch.stop();
