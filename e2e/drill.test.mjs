// 演练 drill simulator end to end: a timed run with a time-out; the debrief (copied as text);
// the progress chart; facilitator mode; a trainer's customised copy edited field by field,
// exported as a pack, imported on a clean profile and deleted there; a keyboard-only walk
// from the library to the debrief with a visible focus at every stop.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { start, open, tid, shot } from "./harness.mjs";

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const KEY = "drill_customs_filing_fair";
let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

/** Types into a field and leaves it, so its change is applied. */
async function set(page, id, value) {
  await tid(page, id).fill(value);
  await tid(page, id).blur();
}

/** The focused element: its test id, whether it matches :focus-visible, and its outline. */
function focusInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const cs = el ? getComputedStyle(el) : null;
    return {
      testid: el?.dataset?.testid ?? "",
      visible: !!el?.matches(":focus-visible"),
      outline: cs ? `${cs.outlineStyle} ${cs.outlineWidth}` : "",
    };
  });
}

function assertVisibleFocus(f) {
  assert.ok(f.visible, `${f.testid} has :focus-visible`);
  assert.ok(!f.outline.startsWith("none") && !/ 0px$/.test(f.outline), `${f.testid} shows an outline (${f.outline})`);
}

/** Presses Tab (or Shift+Tab) until the element with `testid` has the focus. */
async function tabTo(page, testid, back = false) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focusInfo(page);
    if (f.testid === testid) return f;
  }
  throw new Error(`${testid} is not reachable by ${back ? "Shift+Tab" : "Tab"}`);
}

/** The test id of the shown position of the scenario's choice `id` (choices are shown in an
 * order shuffled per run; in every built-in scenario choice 0 is the best one). */
async function choiceTid(page, id = 0) {
  const el = page.locator(`[data-choice="${id}"]`);
  await el.waitFor();
  return el.getAttribute("data-testid");
}

/** The number key that picks the scenario's choice `id`. */
async function choiceKey(page, id = 0) {
  return (await choiceTid(page, id)).replace("drill-choice-", "");
}

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
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(h.url).origin });
  // The harness runs the page on Playwright's clock: time-outs below are fast-forwarded.
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

  // Decision 2: Tab to the best choice (wherever the shuffle put it), Enter.
  const best = await choiceTid(page, 0);
  let focused = "";
  for (let i = 0; i < 60 && focused !== best; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.dataset?.testid ?? "");
  }
  assert.equal(focused, best, "the best choice is reachable by Tab");
  await page.keyboard.press("Enter");
  await pastDecision(page, 2);

  // The rest: the number key of the best choice.
  for (let n = 3; n < 10; n++) {
    if (await tid(page, "page-drill-debrief").count()) break;
    await page.keyboard.press(await choiceKey(page, 0));
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
  // The debrief as plain text, for a training log.
  await tid(page, "drill-copy-text").click();
  await tid(page, "drill-copy-result").waitFor();
  assert.equal(await tid(page, "drill-copy-result").getAttribute("data-ok"), "true");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^演练复盘:展会前夜/);
  assert.match(copied, /超时/);
  assert.match(copied, /及格线 60/);
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
  // The ideal choice is marked where the (shuffled) player screen shows it, and it is the best.
  const ideal = page.locator('[data-testid^="drill-fac-choice-"]', { has: tid(page, "drill-ideal") });
  assert.equal(await ideal.getAttribute("data-rank"), "best");
  const shown = (await ideal.getAttribute("data-testid")).replace("drill-fac-choice-", "");
  assert.equal(await tid(page, `drill-choice-${shown}`).getAttribute("data-choice"), "0");
  const fire = page.locator('[data-testid^="drill-fire-"]').first();
  if (await fire.count()) {
    await fire.click();
    await tid(page, "drill-news").waitFor();
  }
  await shot(page, "drill-facilitator");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a trainer edits a customised copy field by field, exports the pack, imports it on a clean profile and deletes it there", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/drill");
  await tid(page, `drill-copy-${KEY}`).click();
  await tid(page, "page-drill-editor").waitFor();
  const key = await tid(page, "page-drill-editor").getAttribute("data-key");
  assert.match(key, /^custom_/);
  await tid(page, "drill-ed-check-ok").waitFor();
  assert.equal(await tid(page, "drill-ed-pass-mark").inputValue(), "60");
  await set(page, "drill-ed-title", "海关备案演练（培训版）");
  await set(page, "drill-ed-choice-text-s_notice-1", "立刻致电客户说明原因和补救计划");
  // Scenario fields; an out-of-range pass mark shows in the live check at once.
  await tid(page, "drill-ed-difficulty").selectOption("3");
  await tid(page, "drill-ed-role").selectOption("executor");
  await set(page, "drill-ed-pass-mark", "0");
  await tid(page, "drill-ed-issue").first().waitFor();
  assert.match(await tid(page, "drill-ed-check-summary").getAttribute("class"), /error/);
  await set(page, "drill-ed-pass-mark", "70");
  await tid(page, "drill-ed-check-ok").waitFor();
  await set(page, "drill-ed-hard-days", "2");
  await tid(page, "drill-ed-lgoal-retrospective").check();
  await set(page, "drill-ed-init-mood", "-3");
  await set(page, "drill-ed-init-money", "250000");
  await tid(page, "drill-ed-add-fact").click();
  await set(page, "drill-ed-fact-text-3", "客户的展位费已付，不能退");
  await tid(page, "drill-ed-known-fact_1").check();
  // A step's time limit and its time-out choice.
  await set(page, "drill-ed-limit-s_notice", "20");
  assert.equal(await tid(page, "drill-ed-default-s_notice").inputValue(), "2");
  await tid(page, "drill-ed-default-s_notice").selectOption("1");
  // A new inject on the simulated clock, with an effect on the client's mood.
  const n = await page.locator(".drill-inject-edit").count();
  await tid(page, "drill-ed-add-inject").click();
  await set(page, `drill-ed-inject-minute-${n}`, "5");
  await set(page, `drill-ed-inject-text-${n}`, "海关系统临时维护，预计两小时恢复");
  await set(page, `drill-ed-mood-inject-${n}`, "-2");
  await tid(page, `drill-ed-inject-when-${n}`).selectOption("mood_below");
  await set(page, `drill-ed-inject-when-value-${n}`, "1");
  // A broken step shows in the live check; removing it clears the check.
  await tid(page, "drill-ed-add-step").click();
  await tid(page, "drill-ed-issue").first().waitFor();
  await set(page, "drill-ed-step-id-step_1", "s_extra");
  await tid(page, "drill-ed-step-s_extra").waitFor();
  await tid(page, "drill-ed-remove-step-s_extra").click();
  await tid(page, "drill-ed-check-ok").waitFor();
  await tid(page, "drill-ed-save").click();
  await tid(page, "drill-ed-message").waitFor();
  await shot(page, "drill-editor");

  await tid(page, "drill-back").click();
  await tid(page, "page-drill").waitFor();
  const card = page.locator(`[data-testid="drill-scenario"][data-key="${key}"]`);
  assert.equal(await card.getByTestId("drill-scenario-title").innerText(), "海关备案演练（培训版）");
  assert.equal(await tid(page, `drill-delete-${KEY}`).count(), 0, "built-ins cannot be deleted");
  await tid(page, `drill-select-${key}`).check();
  const [download] = await Promise.all([page.waitForEvent("download"), tid(page, "drill-export").click()]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drill-pack-"));
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const pack = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(pack.scenarios.length, 1);
  assert.equal(pack.scenarios[0].key, key);
  assert.equal(pack.scenarios[0].pass_mark, 70);
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
  // Every edit arrived: the editor shows them.
  await tid(fresh, `drill-edit-${key}`).click();
  await tid(fresh, "page-drill-editor").waitFor();
  const values = {
    "drill-ed-difficulty": "3",
    "drill-ed-role": "executor",
    "drill-ed-pass-mark": "70",
    "drill-ed-hard-days": "2",
    "drill-ed-init-mood": "-3",
    "drill-ed-init-money": "250000",
    "drill-ed-fact-text-3": "客户的展位费已付，不能退",
    "drill-ed-limit-s_notice": "20",
    "drill-ed-default-s_notice": "1",
    [`drill-ed-inject-minute-${n}`]: "5",
    [`drill-ed-inject-text-${n}`]: "海关系统临时维护，预计两小时恢复",
    [`drill-ed-mood-inject-${n}`]: "-2",
    [`drill-ed-inject-when-${n}`]: "mood_below",
    [`drill-ed-inject-when-value-${n}`]: "1",
  };
  for (const [id, v] of Object.entries(values)) assert.equal(await tid(fresh, id).inputValue(), v, id);
  assert.ok(await tid(fresh, "drill-ed-lgoal-retrospective").isChecked());
  assert.ok(await tid(fresh, "drill-ed-known-fact_1").isChecked());
  // It plays with the changed text and the new time limit.
  await tid(fresh, "drill-back").click();
  await tid(fresh, `drill-start-${key}`).click();
  await assert.doesNotReject(tid(fresh, "drill-choice-1").waitFor());
  assert.match(await fresh.locator('[data-choice="0"]').innerText(), /立刻致电客户说明原因和补救计划/);
  assert.match(await tid(fresh, "drill-countdown-value").innerText(), /^(20|19) /);
  await shot(fresh, "drill-imported-run");
  // Deleting asks first; cancelling keeps it, confirming removes it from the library.
  await tid(fresh, "drill-back").click();
  await tid(fresh, `drill-delete-${key}`).click();
  await tid(fresh, "drill-delete-ask").waitFor();
  assert.match(await tid(fresh, "drill-delete-ask").innerText(), /海关备案演练（培训版）/);
  await tid(fresh, "drill-delete-cancel").click();
  assert.equal(await tid(fresh, "drill-scenario").count(), 17);
  await tid(fresh, `drill-delete-${key}`).click();
  await tid(fresh, "drill-delete-confirm").click();
  await fresh.waitForFunction(() => document.querySelectorAll('[data-testid="drill-scenario"]').length === 16);
  assert.deepEqual(fresh.errors, []);
  await fresh.context().close();
});

test("keyboard only: from the library through a whole drill to the debrief and progress, focus always visible", async () => {
  const KB = "drill_scope_change_outage";
  const page = await h.newPage({ width: 1024, height: 768 });
  await open(page, h.url, "/drill");
  await tid(page, `drill-start-${KB}`).waitFor();
  assertVisibleFocus(await tabTo(page, "drill-trainee"));
  await page.keyboard.type("键盘学员");
  assertVisibleFocus(await tabTo(page, `drill-facilitate-${KB}`));
  assertVisibleFocus(await tabTo(page, `drill-start-${KB}`, true));
  await page.keyboard.press("Enter");
  await tid(page, "drill-choice-1").waitFor();

  // Decision 1: Tab to the first choice, Enter.
  assertVisibleFocus(await tabTo(page, "drill-choice-1"));
  await page.keyboard.press("Enter");
  await pastDecision(page, 1);
  // The new situation takes the focus; Tab goes on to its choices. Decision 2: Space on choice 2.
  await page.waitForFunction(() => document.activeElement?.dataset?.testid === "drill-situation");
  await page.keyboard.press("Tab");
  assertVisibleFocus(await focusInfo(page));
  assert.equal((await focusInfo(page)).testid, "drill-choice-1");
  assertVisibleFocus(await tabTo(page, "drill-choice-2"));
  await page.keyboard.press("Space");
  await pastDecision(page, 2);
  // The rest by number keys: the best choice's.
  for (let n = 3; n < 12; n++) {
    if (await tid(page, "page-drill-debrief").count()) break;
    await page.keyboard.press(await choiceKey(page, 0));
    await pastDecision(page, n);
  }
  await tid(page, "page-drill-debrief").waitFor();
  assert.equal(await tid(page, "drill-debrief-trainee").innerText(), "键盘学员");
  assert.equal(await tid(page, "drill-timed-out").count(), 0);
  assertVisibleFocus(await tabTo(page, "drill-copy-text"));
  assertVisibleFocus(await tabTo(page, "drill-to-progress"));
  await page.keyboard.press("Enter");
  await tid(page, "page-drill-progress").waitFor();
  assert.equal(await tid(page, "drill-run-count").innerText(), "1");
  await shot(page, "drill-keyboard-progress");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the scenario editor and the delete question: no serious axe issue in either language, 44 px targets, no sideways scroll at 768×1024", async () => {
  const page = await h.newPage({ width: 768, height: 1024 });
  await open(page, h.url, "/drill");
  await tid(page, `drill-copy-${KEY}`).click();
  await tid(page, "page-drill-editor").waitFor();
  const key = await tid(page, "page-drill-editor").getAttribute("data-key");
  await tid(page, "drill-ed-add-step").click(); // one issue in the live check
  await tid(page, "drill-ed-issue").first().waitFor();
  await tid(page, "drill-ed-save").click();
  await tid(page, `drill-delete-${key}`).click();
  await tid(page, "drill-delete-ask").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.testid), "drill-delete-cancel");
  await page.evaluate(AXE);
  for (const lang of ["zh", "en"]) {
    if (lang === "en") {
      await tid(page, "lang-toggle").click();
      await page.waitForFunction(() => document.documentElement.lang === "en");
    }
    const serious = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
    });
    assert.deepEqual(serious, [], lang);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.drill-editor button, .drill-editor select, .drill-editor textarea, .drill-editor a.button, .drill-editor input:not([type="checkbox"])')]
        .map((el) => [el.dataset.testid || el.textContent.trim().slice(0, 20), el.getBoundingClientRect()])
        .filter(([, r]) => r.width > 0 && (r.height < 43.5 || r.width < 24))
        .map(([n, r]) => `${n} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    assert.deepEqual(small, [], lang);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 1, "no sideways scroll");
  }
  await shot(page, "drill-editor-768x1024-en");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
