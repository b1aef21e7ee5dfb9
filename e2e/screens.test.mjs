// Every screen at the two tablet sizes (768×1024 portrait in Chinese, 1024×768 landscape in
// English), with real data on it: a screenshot of each for a person to look at
// (e2e/artifacts/screenshots/screen-*), and the checks a screenshot cannot make by itself:
// nothing scrolls sideways, no control is a smaller touch target than 44 px, and axe-core finds
// no serious or critical violation (so every screen is checked in both languages).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import { start, open, tid, createCase, isoDay, shot } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const DRILL = "drill_customs_filing_fair";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

/** One case with a precheck, a plan, a failure and a retrospective, and one finished drill. */
async function build(page) {
  const id = await createCase(page, h.url, {
    serviceKey: "bank_account_opening",
    company: "深圳示例科技有限公司",
    service: "银行开户",
    hardDate: isoDay(9),
    days: 5,
  });
  await open(page, h.url, `/cases/${id}/precheck`);
  await tid(page, "precheck-start").click();
  await tid(page, "precheck-step-1").waitFor();
  await open(page, h.url, `/cases/${id}/plan`);
  await tid(page, "plan-start").click();
  await tid(page, "plan-tab").waitFor();
  await open(page, h.url, `/cases/${id}/response`);
  await tid(page, "raise-kind").selectOption({ index: 1 });
  await tid(page, "raise-what").fill("银行要求法定代表人本人到场，本人在国外");
  await tid(page, "raise-amount").fill("0");
  await tid(page, "raise-submit").click();
  await tid(page, "failure-card").waitFor();
  await open(page, h.url, `/cases/${id}/retro`);
  await tid(page, "retro-start").click();
  await tid(page, "retro-outcome").waitFor();

  await open(page, h.url, "/drill");
  await tid(page, "drill-trainee").fill("王小明");
  await tid(page, `drill-start-${DRILL}`).click();
  await tid(page, "page-drill-run").waitFor();
  for (let n = 0; n < 12 && !(await tid(page, "page-drill-debrief").count()); n++) {
    const before = await page.evaluate(() => document.querySelector('[data-testid="drill-situation"]')?.dataset.step);
    await page.locator('[data-choice="0"]').click();
    await page.waitForFunction(
      (b) => document.querySelector('[data-testid="page-drill-debrief"]') ||
        document.querySelector('[data-testid="drill-situation"]')?.dataset.step !== b,
      before,
    );
  }
  await tid(page, "page-drill-debrief").waitFor();
  const debrief = page.url().split("#")[1];
  return { id, debrief };
}

function screens({ id, debrief }) {
  const fixed = [
    "/", "/cases", "/cases/new", "/precheck", "/plan", "/response", "/retro", "/data",
    "/library", "/library/workdays", "/library/ids", "/library/catalog", "/library/new-service",
    "/library/catalog/bank_account_opening", "/library/holidays", "/library/rules", "/library/warnings",
    "/drill", "/drill/progress", `/drill/run/${DRILL}`, `/drill/facilitator/${DRILL}`,
    `/drill/edit/${DRILL}`, debrief,
  ];
  const perCase = ["", "/edit", "/precheck", "/plan", "/response", "/retro"].map((s) => `/cases/${id}${s}`);
  return [...fixed, ...perCase];
}

/** Visible controls smaller than 44 px in either direction that matters for a finger. Links
 *  inside running text are exempt (WCAG 2.5.8's inline exception), as are check boxes and
 *  radio buttons whose label is the target. */
function smallTargets() {
  const out = [];
  const controls = document.querySelectorAll(
    "button, select, textarea, a.button, nav a, .case-tabs a, .lib-tabs a, summary, " +
      'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"])',
  );
  for (const el of controls) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue; // not shown
    if (getComputedStyle(el).visibility === "hidden") continue;
    if (el.closest(".print-only")) continue;
    if (r.height < 43.5 || r.width < 24) {
      const name = el.dataset.testid || el.getAttribute("aria-label") || el.textContent.trim().slice(0, 20);
      out.push(`${el.tagName.toLowerCase()}[${name}] ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
  }
  return out;
}

const RUNS = [
  { viewport: { width: 768, height: 1024 }, lang: "zh" },
  { viewport: { width: 1024, height: 768 }, lang: "en" },
];

for (const { viewport, lang } of RUNS) {
  const size = `${viewport.width}x${viewport.height}`;
  test(`every screen at ${size} (${lang}): screenshot, no sideways scroll, 44 px targets, axe`, async () => {
    const page = await h.newPage(viewport);
    const made = await build(page);
    if (lang === "en") {
      await tid(page, "lang-toggle").click();
      await page.waitForFunction(() => document.documentElement.lang === "en");
    }
    const problems = [];
    for (const route of screens(made)) {
      await open(page, h.url, route);
      const name = route === "/" ? "home" : route.replace(made.id, "case").replace(/debrief\/.*/, "debrief").replace(/[^a-z0-9_-]+/gi, "-").replace(/^-|-$/g, "");
      await shot(page, `screen-${name}-${size}-${lang}`);
      await page.evaluate(AXE);
      const axe = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      });
      for (const a of axe) problems.push(`${route}: axe ${a}`);
      const state = await page.evaluate(smallTargets);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 1) problems.push(`${route}: ${overflow}px wider than the screen`);
      for (const s of state) problems.push(`${route}: ${s}`);
    }
    assert.deepEqual(problems, [], problems.join("\n"));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
