// Shared set-up for the end-to-end tests: the release build served on 127.0.0.1 and
// Debian's Chromium driven by playwright-core.
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import { serve } from "./server.mjs";

// ---------------------------------------------------------------------------------------------
// Time. Every page runs on Playwright's clock (`page.clock`, which is its context's clock),
// started at one pinned instant, so no test depends on the day it runs (a deadline counted in
// working days differs on a Saturday, around a holiday, on 31 December or at 23:30). `E2E_TODAY` runs the whole suite "on" any instant:
//   E2E_TODAY=2026-10-01T09:30:00+08:00 node --test e2e/
// Time still flows from there (timers fire, the notify clock ticks); pages opened later in a
// file are started later on the same timeline, so records keep their real order.
// ---------------------------------------------------------------------------------------------

/** The instant the suite runs "at" unless E2E_TODAY says otherwise: a plain Wednesday. */
export const DEFAULT_TODAY = "2026-11-18T10:00:00+08:00";
/** The time zone of every page (deadlines are Chinese local dates). */
export const TIME_ZONE = "Asia/Shanghai";
const ZONE_OFFSET_MS = 8 * 3600_000; // Asia/Shanghai has no daylight saving time.

const PINNED_MS = (() => {
  const text = process.env.E2E_TODAY || DEFAULT_TODAY;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`E2E_TODAY is not an instant: ${text}`);
  return ms;
})();
// Deliberately the real clock: only to let the pinned timeline flow at real speed.
const STARTED_MS = Date.now();

/** The pinned timeline's current instant (milliseconds since the epoch). */
export function nowMs() {
  return PINNED_MS + (Date.now() - STARTED_MS);
}

/** `YYYY-MM-DD` of an instant in China's local time. */
function localIso(ms) {
  return new Date(ms + ZONE_OFFSET_MS).toISOString().slice(0, 10);
}

/** The local date `days` calendar days from the pinned today (negative: in the past). */
export function isoDay(days = 0) {
  const d = new Date(`${localIso(nowMs())}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The instant at `hh:mm` local time on the pinned today. */
export function todayAt(hh, mm = 0) {
  return new Date(Date.parse(`${isoDay(0)}T00:00:00Z`) - ZONE_OFFSET_MS + (hh * 60 + mm) * 60_000);
}

// Working days from the app's own shipped holiday data (holiday-cn files in assets/holidays):
// a weekday is a working day unless it is a statutory day off; a weekend day is one only when
// it is a 调休 make-up working day. Same rule as `domain::calendar`, written independently.
const HOLIDAYS = (() => {
  const dir = new URL("../assets/holidays/", import.meta.url).pathname;
  const days = new Map();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    for (const d of JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")).days) days.set(d.date, d.isOffDay);
  }
  return days;
})();

export function isWorkingDay(iso) {
  if (HOLIDAYS.has(iso)) return !HOLIDAYS.get(iso);
  const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6;
}

/** The `n`-th working day strictly after `iso` (as `Calendar::add_working_days`, n ≥ 1). */
export function addWorkingDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  while (n > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(d.toISOString().slice(0, 10))) n--;
  }
  return d.toISOString().slice(0, 10);
}

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const SHOTS = path.resolve(process.env.E2E_SHOTS || "e2e/artifacts/screenshots");

export const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Starts the server and a browser; returns helpers and a close(). `options.precompressed =
 *  false` serves only the plain files, as a host that cannot serve `.br`/`.gz` copies. */
export async function start(options = {}) {
  const { server, url } = await serve(process.env.DIST_DIR || "dist", 0, options);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    url,
    browser,
    /** A context (a profile) in China's time zone, on the pinned clock. */
    async newContext(options = {}) {
      const context = await browser.newContext({ locale: "zh-CN", timezoneId: TIME_ZONE, ...options });
      await context.clock.install({ time: nowMs() });
      return context;
    },
    async newPage(viewport = { width: 1366, height: 768 }) {
      const context = await this.newContext({ viewport });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.errors = errors;
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A browser with a profile on disk, to test what survives a restart. */
export async function launchPersistent(userDataDir, viewport = { width: 1366, height: 768 }) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    locale: "zh-CN",
    timezoneId: TIME_ZONE,
    acceptDownloads: true,
  });
  await context.clock.install({ time: nowMs() });
  return context;
}

/** Opens the app at a route and waits until it has read its data. */
export async function open(page, url, route = "/") {
  await page.goto(`${url}#${route}`);
  await appReady(page);
}

/** Waits until the app has read its data (the `data-app-ready` mark on <html>: the clock fakes
 * `performance`, so its `app-ready` entry cannot be read under a pinned clock). */
export async function appReady(page) {
  await page.waitForFunction(() => document.documentElement.dataset.appReady === "true");
  // An area opened directly shows "opening…" until its module (and the drill area's scenarios)
  // are here: wait for its own screen, or its error.
  await page.waitForFunction(() => !document.querySelector('[data-testid="area-loading"], [data-testid="content-loading"]'));
}

export function tid(page, id) {
  return page.getByTestId(id);
}

export async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export async function fillCase(page, c) {
  await tid(page, "company-name").fill(c.company);
  await tid(page, "credit-code").fill(c.code ?? "");
  await tid(page, "legal-rep").fill(c.legalRep ?? "");
  await tid(page, "contact-name").fill("李娜");
  await tid(page, "contact-phone").fill("13800000000");
  await tid(page, "service-name").fill(c.service);
  await tid(page, "urgency").selectOption(c.urgency ?? "tender");
  await tid(page, "hard-date").fill(c.hardDate);
  await tid(page, "promised-days").fill(String(c.days));
  await tid(page, "team-pm").fill("张敏");
  await tid(page, "team-executor1").fill("刘洋");
  await tid(page, "team-executor2").fill("陈静");
  await tid(page, "team-logistics").fill("赵磊");
}

/** Creates a case through the form (`c.serviceKey`: a catalog service chosen first), lands on
 * its detail page and returns its id. */
export async function createCase(page, url, c) {
  await open(page, url, "/cases/new");
  if (c.serviceKey) await tid(page, "service-key").selectOption(c.serviceKey);
  await fillCase(page, c);
  await tid(page, "save-case").click();
  await tid(page, "page-case-detail").waitFor();
  const m = page.url().match(/#\/cases\/([0-9a-f-]+)/);
  if (!m) throw new Error(`no case id in ${page.url()}`);
  return m[1];
}

export async function seed(page, url) {
  await createCase(page, url, {
    company: "深圳示例建设工程有限公司",
    service: "建筑资质升级",
    hardDate: isoDay(10),
    days: 7,
  });
  await createCase(page, url, {
    company: "上海示例科技有限公司",
    service: "外资企业设立",
    urgency: "financing_signing",
    hardDate: isoDay(2),
    days: 3,
  });
}


/** Exports everything from the 数据 screen and returns the parsed file. */
export async function exportAll(page, url) {
  await open(page, url, "/data");
  const [download] = await Promise.all([page.waitForEvent("download"), tid(page, "export-all").click()]);
  return JSON.parse(fs.readFileSync(await download.path(), "utf8"));
}

/** Imports (merging) `n` copies of the first case on the device, each with a new id and the
 *  company name `${prefix}${i}`: many cases in seconds, through the app's own import. */
export async function importCopies(page, url, n, prefix) {
  const file = await exportAll(page, url);
  const template = file.data.cases[0];
  const many = { ...file, data: { cases: [] } };
  for (let i = 0; i < n; i++) {
    many.data.cases.push({ ...template, id: crypto.randomUUID(), client: { ...template.client, company_name: `${prefix}${i}` } });
  }
  await tid(page, "import-file").setInputFiles({ name: "many.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(many)) });
  await tid(page, "import-preview").waitFor();
  await tid(page, "mode-merge").check();
  await tid(page, "import-apply").click();
  await tid(page, "import-done").waitFor({ timeout: 120_000 });
}
