// Shared set-up for the end-to-end tests: the release build served on 127.0.0.1 and
// Debian's Chromium driven by playwright-core.
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import { serve } from "./server.mjs";

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

/** Starts the server and a browser; returns helpers and a close(). */
export async function start() {
  const { server, url } = await serve(process.env.DIST_DIR || "dist");
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    url,
    browser,
    async newPage(viewport = { width: 1366, height: 768 }) {
      const context = await browser.newContext({ viewport, locale: "zh-CN" });
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
    acceptDownloads: true,
  });
  return context;
}

/** Opens the app at a route and waits until it has read its data. */
export async function open(page, url, route = "/") {
  await page.goto(`${url}#${route}`);
  await page.waitForFunction(() => performance.getEntriesByName("app-ready").length > 0);
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

export function isoDaysFromNow(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
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
    hardDate: isoDaysFromNow(10),
    days: 7,
  });
  await createCase(page, url, {
    company: "上海示例科技有限公司",
    service: "外资企业设立",
    urgency: "financing_signing",
    hardDate: isoDaysFromNow(2),
    days: 3,
  });
}

