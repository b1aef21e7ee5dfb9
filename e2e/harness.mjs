// Shared set-up for the end-to-end tests: the release build served on 127.0.0.1 and
// Debian's Chromium driven by playwright-core.
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import { serve } from "./server.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const SHOTS = path.resolve(process.env.E2E_SHOTS || "e2e/artifacts/screenshots");

const ARGS = [
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
