// Steps the retrospective test shares: the business-scope case, a plan risk on the plan tab,
// a failure raised on the failure desk with the client told, reading the Pareto table, the
// printed report, and layout/axe checks.
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import { open, tid, createCase, isoDay } from "./harness.mjs";

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Waits until exactly `n` elements carry the test id. */
export async function count(page, id, n) {
  await page.waitForFunction(
    ([id, n]) => document.querySelectorAll(`[data-testid="${id}"]`).length === n,
    [id, n],
  );
}

/** The business-scope change case (经营范围变更) from the catalog; returns its id. */
export async function createScopeCase(page, url) {
  return createCase(page, url, {
    serviceKey: "scope_change",
    company: "杭州示例贸易有限公司",
    service: "经营范围变更",
    urgency: "other",
    hardDate: isoDay(10),
    days: 5,
  });
}

/** Starts the case's contingency plan with one materials risk. */
export async function planRisk(page, url, caseId, title) {
  await open(page, url, `/cases/${caseId}/plan`);
  await tid(page, "plan-start").click();
  await tid(page, "plan-tab").waitFor();
  await tid(page, "risk-add").click();
  await tid(page, "risk-title").fill(title);
  await tid(page, "risk-category").selectOption("materials");
  await tid(page, "risk-likelihood").selectOption("3");
  await tid(page, "risk-impact").selectOption("4");
  await tid(page, "risk-early-sign").fill("登记机关对经营范围表述提出疑问");
  await tid(page, "risk-owner").selectOption("pm");
  await tid(page, "risk-mitigation").fill("提交前按行业分类对照表复核经营范围表述");
  await tid(page, "risk-save").click();
  await count(page, "risk-row", 1);
}

/** Raises a material defect on the failure desk (the case fails) and logs telling the client. */
export async function raiseAndNotify(page, url, caseId, what) {
  await open(page, url, `/cases/${caseId}/response`);
  await tid(page, "raise-form").waitFor();
  await tid(page, "raise-kind").selectOption("material_defect");
  await tid(page, "raise-what").fill(what);
  await tid(page, "raise-submit").click();
  await tid(page, "failure-card").waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="status-badge"]')?.textContent === "失败",
  );
  await tid(page, "notify-said").fill("电话告知客户：经营范围表述被退回，今天改好重新提交");
  await tid(page, "notify-log").click();
  await tid(page, "notify-done").waitFor();
}

/** The Pareto table as [category, count, share] rows. */
export async function paretoCounts(page) {
  await tid(page, "chart-pareto").waitFor();
  return page.$$eval('[data-testid="pareto-row"]', (rows) =>
    rows.map((r) => [
      r.dataset.category,
      r.querySelector('[data-testid="pareto-count"]').textContent,
      r.querySelector('[data-testid="pareto-share"]').textContent,
    ]),
  );
}

/** The printed 复盘 tab holds every section of the report and none of the controls. */
export async function checkPrinted(page) {
  await page.emulateMedia({ media: "print" });
  for (const id of ["retro-outcome", "retro-timeline", "premortem-hit", "chain-status", "why-answer-2", "retro-notes-print"]) {
    assert.ok(await tid(page, id).isVisible(), `${id} is printed`);
  }
  assert.match(await page.locator(".retro-refl-print").innerText(), /经营范围表述不规范/);
  assert.equal(await page.locator(".factor:visible").count(), 2, "both factors are printed");
  assert.equal(await page.locator('[data-testid="action-item-text"]:visible').count(), 2);
  assert.match(await tid(page, "retro-notes-print").innerText(), /客户已谅解/);
  for (const id of ["retro-print", "action-form", "factor-form", "action-edit", "retro-notes", "retro-to-drill"]) {
    assert.equal(await page.locator(`[data-testid="${id}"]:visible`).count(), 0, `${id} is not printed`);
  }
  await page.emulateMedia({ media: "screen" });
}

/** Horizontal overflow and serious/critical axe violations of the page's main area. */
export async function layoutProblems(page, route, viewport) {
  const problems = [];
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`${route} at ${viewport.width}: ${overflow}px wider than the viewport`);
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document.getElementById("main"), { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
  return problems.concat(found.map((p) => `${route}: ${p}`));
}
