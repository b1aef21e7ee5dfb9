// 演练 drill simulator end to end: a timed run with a time-out, walked by keyboard; the debrief;
// the progress chart; facilitator mode; a trainer's customised copy exported as a pack and
// imported on a clean profile.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { start, open, tid, shot } from "./harness.mjs";

const KEY = "drill_customs_filing_fair";
let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

async function step(page) {
  return tid(page, "drill-situation").getAttribute("data-step");
}

/** Waits until the run has moved past decision `n` (or finished). */
async function pastDecision(page, n) {
  await page.waitForFunction((n) => {
    const el = document.querySelector('[data-testid="drill-decision-no"]');
    return !el || !el.textContent.includes(String(n)) || document.querySelector('[data-testid="page-drill-debrief"]');
  }, n);
}

test("a trainee runs the customs-filing drill by keyboard, one decision times out, reads the debrief and sees the progress chart", async () => {
  const page = await h.newPage();
  // The fake clock also fakes `performance`, so wait on the page itself rather than `open`'s mark.
  await page.clock.install();
  await page.goto(`${h.url}#/drill`);
  await tid(page, "drill-library").waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="drill-scenario"]').length === 16);
  assert.equal(await tid(page, "drill-scenario").count(), 16);
  await tid(page, "drill-trainee").fill("王小明");
  await tid(page, `drill-start-${KEY}`).click();
  await tid(page, "page-drill-run").waitFor();
  assert.equal(await tid(page, "drill-facilitator").count(), 0, "the player screen shows no facilitator panel");
  await tid(page, "drill-countdown").waitFor();
  assert.match(await tid(page, "drill-countdown-value").innerText(), /^60 /);
  for (const g of ["drill-mood", "drill-slack", "drill-money", "drill-to-hard-date"]) await tid(page, g).waitFor();
  assert.equal(await step(page), "s_notice");

  // Decision 1: let it time out (fake clock, no real waiting).
  await page.clock.fastForward(61_000);
  await page.waitForFunction(() => document.querySelector('[data-testid="drill-situation"]')?.dataset.step !== "s_notice");
  assert.equal(await step(page), "s_plan");
  assert.match(await tid(page, "drill-countdown-value").innerText(), /^90 /);

  // Decision 2: Tab to the first choice, Enter.
  let focused = "";
  for (let i = 0; i < 60 && focused !== "drill-choice-1"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.dataset?.testid ?? "");
  }
  assert.equal(focused, "drill-choice-1", "the first choice is reachable by Tab");
  await page.keyboard.press("Enter");
  await pastDecision(page, 2);

  // The rest: number key 1 (the best choice in this scenario).
  for (let n = 3; n < 10; n++) {
    if (await tid(page, "page-drill-debrief").count()) break;
    await tid(page, "drill-choice-1").waitFor();
    await page.keyboard.press("1");
    await pastDecision(page, n);
  }

  await tid(page, "page-drill-debrief").waitFor();
  assert.equal(await tid(page, "drill-debrief-trainee").innerText(), "王小明");
  const total = Number(await tid(page, "drill-total").innerText());
  assert.ok(total >= 0 && total <= 100);
  await tid(page, "drill-pass-mark").waitFor();
  assert.match(await tid(page, "drill-passed").getAttribute("data-passed"), /^(true|false)$/);
  assert.equal(await tid(page, "drill-timed-out").count(), 1, "exactly one decision timed out");
  assert.equal(await tid(page, "drill-taken-step").first().getAttribute("data-timed-out"), "true");
  assert.ok((await tid(page, "drill-better").count()) >= 1, "the timed-out decision names a better choice");
  assert.ok((await tid(page, "drill-best-path").locator("li").count()) >= 3);
  for (const d of ["speed", "compliance", "empathy"]) await tid(page, `drill-dim-${d}`).waitFor();
  await tid(page, "drill-print").waitFor();
  await shot(page, "drill-debrief");

  await tid(page, "drill-to-progress").click();
  await tid(page, "page-drill-progress").waitFor();
  assert.equal(await tid(page, "drill-run-count").innerText(), "1");
  assert.equal(await tid(page, "drill-chart-point").count(), 1);
  assert.equal(Number(await tid(page, "drill-chart-point").getAttribute("data-value")), total);
  assert.equal(await tid(page, "drill-progress-total").innerText(), String(total));
  await tid(page, "drill-suggest").waitFor();
  await shot(page, "drill-progress");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("facilitator mode shows the ideal choice and fires an inject by hand", async () => {
  const page = await h.newPage({ width: 1024, height: 768 });
  await open(page, h.url, `/drill/facilitator/${KEY}`);
  await tid(page, "drill-facilitator").waitFor();
  assert.equal(await tid(page, "drill-ideal").count(), 1);
  assert.equal(await tid(page, "drill-fac-choice-1").getAttribute("data-rank"), "best");
  const fire = page.locator('[data-testid^="drill-fire-"]').first();
  if (await fire.count()) {
    await fire.click();
    await tid(page, "drill-news").waitFor();
  }
  await shot(page, "drill-facilitator");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a trainer edits a customised copy, exports the pack and imports it on a clean profile", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/drill");
  await tid(page, `drill-copy-${KEY}`).click();
  await tid(page, "page-drill-editor").waitFor();
  const key = await tid(page, "page-drill-editor").getAttribute("data-key");
  assert.match(key, /^custom_/);
  await tid(page, "drill-ed-check-ok").waitFor();
  await tid(page, "drill-ed-title").fill("海关备案演练（培训版）");
  await tid(page, "drill-ed-title").blur();
  await tid(page, "drill-ed-choice-text-s_notice-1").fill("立刻致电客户说明原因和补救计划");
  await tid(page, "drill-ed-choice-text-s_notice-1").blur();
  // A broken link shows in the live check at once.
  await tid(page, "drill-ed-add-step").click();
  await tid(page, "drill-ed-issue").first().waitFor();
  await tid(page, "drill-ed-remove-step-step_1").click();
  await tid(page, "drill-ed-check-ok").waitFor();
  await tid(page, "drill-ed-save").click();
  await tid(page, "drill-ed-message").waitFor();

  await tid(page, "drill-back").click();
  await tid(page, "page-drill").waitFor();
  const card = page.locator(`[data-testid="drill-scenario"][data-key="${key}"]`);
  assert.equal(await card.getByTestId("drill-scenario-title").innerText(), "海关备案演练（培训版）");
  await tid(page, `drill-select-${key}`).check();
  const [download] = await Promise.all([page.waitForEvent("download"), tid(page, "drill-export").click()]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drill-pack-"));
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const pack = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(pack.scenarios.length, 1);
  assert.equal(pack.scenarios[0].key, key);
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // A clean profile: a bad file is refused with a message, the pack is accepted.
  const fresh = await h.newPage();
  await open(fresh, h.url, "/drill");
  assert.equal(await tid(fresh, "drill-scenario").count(), 16);
  const bad = path.join(dir, "bad.json");
  fs.writeFileSync(bad, JSON.stringify({ format: "something-else", version: 1, scenarios: [] }));
  await tid(fresh, "drill-import").setInputFiles(bad);
  await tid(fresh, "drill-import-result").waitFor();
  assert.match(await tid(fresh, "drill-import-result").getAttribute("class"), /error/);
  await tid(fresh, "drill-import").setInputFiles(file);
  await fresh.waitForFunction(() => document.querySelectorAll('[data-testid="drill-scenario"]').length === 17);
  const imported = fresh.locator(`[data-testid="drill-scenario"][data-key="${key}"]`);
  assert.equal(await imported.getByTestId("drill-scenario-title").innerText(), "海关备案演练（培训版）");
  // It opens in the editor and plays with the changed text.
  await tid(fresh, `drill-start-${key}`).click();
  await assert.doesNotReject(tid(fresh, "drill-choice-1").waitFor());
  assert.match(await tid(fresh, "drill-choice-1").innerText(), /立刻致电客户说明原因和补救计划/);
  await shot(fresh, "drill-imported-run");
  assert.deepEqual(fresh.errors, []);
  await fresh.context().close();
});
