// Security and accessibility across every screen: no request to another origin, no
// Content-Security-Policy violation, and axe-core finds no serious or critical issue in
// either language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import { start, open, tid, createCase, isoDay } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

/** Every screen of the app, with one case to open. */
async function routes(page) {
  await createCase(page, h.url, {
    company: "安全测试有限公司",
    service: "银行开户",
    hardDate: isoDay(5),
    days: 3,
  });
  const id = page.url().split("#/cases/")[1];
  const fixed = ["/", "/cases", "/cases/new", "/precheck", "/plan", "/response", "/retro", "/drill", "/library", "/data"];
  const perCase = ["", "/edit", "/precheck", "/plan", "/response", "/retro"].map((s) => `/cases/${id}${s}`);
  return [...fixed, ...perCase];
}

async function watch(page) {
  const foreign = [];
  page.on("request", (req) => {
    if (!req.url().startsWith(h.url) && !req.url().startsWith("blob:") && !req.url().startsWith("data:")) {
      foreign.push(req.url());
    }
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return foreign;
}

test("no request leaves the origin and the CSP holds on every screen", async () => {
  const page = await h.newPage();
  const foreign = await watch(page);
  for (const route of await routes(page)) {
    await open(page, h.url, route);
    assert.deepEqual(await page.evaluate(() => window.__csp), [], `CSP violation on ${route}`);
  }
  // The policy is really in force (not just absent): an inline script is refused.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.match(csp, /object-src 'none'/);
  assert.match(csp, /base-uri 'none'/);
  const ran = await page.evaluate(() => {
    window.__inline = false;
    const s = document.createElement("script");
    s.textContent = "window.__inline = true";
    document.body.appendChild(s);
    return window.__inline;
  });
  assert.equal(ran, false, "an injected inline script must not run");
  assert.deepEqual(foreign, [], "requests to other origins");
  await page.context().close();
});

for (const lang of ["zh", "en"]) {
  test(`axe: no serious or critical violations on any screen (${lang})`, async () => {
    const page = await h.newPage({ width: 1024, height: 768 });
    const list = await routes(page);
    if (lang === "en") {
      await tid(page, "lang-toggle").click();
      await page.waitForFunction(() => document.documentElement.lang === "en");
    }
    const problems = [];
    for (const route of list) {
      await open(page, h.url, route);
      await page.evaluate(AXE);
      const result = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      });
      for (const p of result) problems.push(`${route}: ${p}`);
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

test("a file full of hostile strings imports as plain text: no script runs, the layout holds", async () => {
  const page = await h.newPage({ width: 1024, height: 768 });
  const foreign = await watch(page);
  await open(page, h.url, "/data");
  await tid(page, "import-file").setInputFiles("tests/fixtures/hostile-v1.json");
  await tid(page, "import-preview").waitFor();
  await tid(page, "mode-merge").check();
  await tid(page, "import-apply").click();
  await tid(page, "import-done").waitFor();

  await open(page, h.url, "/cases");
  await tid(page, "filter-status").selectOption("all");
  const ids = await page.$$eval('[data-testid="case-link"]', (as) => as.map((a) => a.getAttribute("href").split("#/cases/")[1]));
  assert.ok(ids.length >= 2, "the hostile cases are listed");
  const screens = ["/", "/cases", "/precheck", "/plan", "/response", "/retro", "/drill", "/library", "/data"];
  for (const id of ids) {
    for (const tab of ["", "/edit", "/precheck", "/plan", "/response", "/retro"]) screens.push(`/cases/${id}${tab}`);
  }
  for (const route of screens) {
    await open(page, h.url, route);
    const state = await page.evaluate(() => ({
      pwned: window.__pwned,
      csp: window.__csp,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      injected: document.querySelectorAll("main script, main img[onerror], main svg[onload]").length,
    }));
    assert.equal(state.pwned, undefined, `script ran on ${route}`);
    assert.deepEqual(state.csp, [], `CSP violation on ${route}`);
    assert.equal(state.injected, 0, `markup injected on ${route}`);
    assert.ok(state.overflow <= 1, `${route}: page is ${state.overflow}px wider than the viewport`);
  }
  // The hostile text is shown as text.
  await open(page, h.url, "/cases");
  await tid(page, "filter-status").selectOption("all");
  assert.match(await tid(page, "case-table").innerText(), /<script>window.__pwned=1<\/script>|<img src=x/);
  assert.deepEqual(foreign, []);
  await page.context().close();
});
