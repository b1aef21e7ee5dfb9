// The failure desk end to end: the brief's tax-deregistration case (unpaid stamp duty, 500 yuan)
// from raising the failure to 已补救, and the running clocks on the home screen.
// Time is controlled with Playwright's clock (no sleeps): it flows naturally from the moment
// it is installed, and fastForward jumps ahead (a 12-minute call, the next day, a missed hour).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { start, tid, shot, fillCase, isoDay, todayAt, SHOTS } from "./harness.mjs";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

const TABLET = { width: 768, height: 1024 };

/** A fresh page whose clock we control, starting on the pinned today at 09:00 local time (so the jumps
 * below never cross midnight by accident). */
async function clockedPage(viewport = TABLET) {
  const page = await h.newPage(viewport);
  await page.clock.setSystemTime(todayAt(9));
  return page;
}

/** Opens a route and waits for `ready` (the clock fakes `performance`, so the harness's
 * app-ready mark cannot be read here). */
async function openAt(page, route, ready) {
  await page.goto(`${h.url}#${route}`);
  await tid(page, ready).waitFor();
}

async function badgeIs(page, text) {
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid="status-badge"]')?.textContent === t,
    text,
  );
}

/** Creates the tax-deregistration case from the catalog; lands on its detail page. */
async function createTaxCase(page, company) {
  await openAt(page, "/cases/new", "case-form");
  await tid(page, "service-key").selectOption("tax_deregistration");
  await fillCase(page, { company, service: "税务注销", urgency: "other", hardDate: isoDay(10), days: 5 });
  await tid(page, "save-case").click();
  await tid(page, "page-case-detail").waitFor();
}

async function raise(page, { kind, what, amount }) {
  await tid(page, "case-tab-response").click();
  await tid(page, "raise-form").waitFor();
  await tid(page, "raise-kind").selectOption(kind);
  await tid(page, "raise-what").fill(what);
  await tid(page, "raise-amount").fill(amount);
  await tid(page, "raise-submit").click();
  await tid(page, "failure-card").waitFor();
}

const face = (page) => tid(page, "clock-face").first().innerText();
const nextAction = (page) => tid(page, "next-action").getAttribute("data-action");

async function waitNext(page, action) {
  await page.waitForFunction(
    (a) => document.querySelector('[data-testid="next-action"]')?.dataset.action === a,
    action,
  );
}

test("tax deregistration: unpaid stamp duty handled from the first hour to 已补救", async () => {
  const page = await clockedPage();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.url });
  await createTaxCase(page, "杭州示例贸易有限公司");
  assert.match(await tid(page, "fact-service").innerText(), /税务注销/);
  await tid(page, "to-precheck").click();
  await badgeIs(page, "预审");
  await tid(page, "to-in_progress").click();
  await badgeIs(page, "办理中");

  // Raise it: the case fails and the one-hour clock runs, visibly, at the top.
  await raise(page, { kind: "material_defect", what: "税务局不予注销：有一笔印花税未缴纳", amount: "500" });
  await badgeIs(page, "失败");
  assert.equal(await tid(page, "notify-clock").getAttribute("data-state"), "running");
  assert.match(await face(page), /^(59|60):\d\d$/);
  assert.equal(await nextAction(page), "notify");
  const first = await face(page);
  await page.waitForFunction(
    (f) => document.querySelector('[data-testid="clock-face"]').textContent !== f,
    first,
  );
  const box = await tid(page, "notify-clock").boundingBox();
  assert.ok(box.y + box.height < TABLET.height, "the clock is on the first screen");
  await page.screenshot({ path: path.join(SHOTS, "response-768x1024-clock.png") });

  // Twelve minutes later: set the estimate, the draft has the cause, the amount and the dates.
  await page.clock.fastForward("12:00");
  await page.waitForFunction(() => /^4[78]:\d\d$/.test(document.querySelector('[data-testid="clock-face"]').textContent));
  await tid(page, "estimate-resubmit").fill("1");
  await tid(page, "estimate-finish").fill("3");
  await tid(page, "estimate-save").click();
  await tid(page, "estimate-dates").waitFor();
  await page.waitForFunction(() => /预计 .*重新提交/.test(document.querySelector('[data-testid="draft-text"]').value));
  const draft = await tid(page, "draft-text").inputValue();
  assert.match(draft, /^李娜您好，/);
  assert.match(draft, /印花税未缴纳/);
  assert.match(draft, /500 元/);
  assert.match(draft, /张敏/);
  await tid(page, "draft-copy").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]').textContent.length > 0);
  assert.match(await tid(page, "copy-status").innerText(), /已复制/);
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /500 元/);

  // Log the call: the clock stops at 12 minutes and stays there.
  assert.equal(await tid(page, "notify-to").inputValue(), "李娜");
  await tid(page, "notify-said").fill("电话说明：未缴印花税 500 元，补缴后重新提交注销，明天起每天报进度");
  await tid(page, "notify-log").click();
  await tid(page, "notify-done").waitFor();
  assert.equal(await tid(page, "notify-clock").getAttribute("data-state"), "in_time");
  assert.match(await face(page), /^12:0\d$/);
  assert.match(await tid(page, "clock-caption").innerText(), /12 分钟内已通知客户/);
  const stopped = await face(page);
  await page.clock.fastForward("00:05");
  assert.equal(await face(page), stopped);
  await waitNext(page, "add_steps");
  await shot(page, "response-768x1024-notified");

  // The remedy: the material-defect playbook plus one step of our own for the client.
  await tid(page, "add-playbook").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="step-row"]').length === 5);
  assert.match(await tid(page, "steps").innerText(), /刘洋/);
  await tid(page, "custom-step-text").fill("补缴印花税 500 元");
  await tid(page, "custom-step-role").selectOption("client");
  await tid(page, "custom-step-add").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="step-row"]').length === 6);
  await waitNext(page, "tick_steps");
  for (let left = 6; left > 0; left--) {
    await page.clock.fastForward("03:00");
    await tid(page, "step-tick").first().click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="step-tick"]').length === n,
      left - 1,
    );
  }
  assert.equal(await tid(page, "steps-progress").innerText(), "已完成 6 / 6");
  assert.equal(await tid(page, "step-done-at").count(), 6);
  await waitNext(page, "send_report");

  // Day one's report: one tap, then mark it sent.
  await tid(page, "make-report").click();
  const report1 = await tid(page, "report-text").innerText();
  assert.match(report1, /今天完成：/);
  assert.match(report1, /补缴印花税 500 元/);
  assert.match(report1, /预计 .*重新提交/);
  await tid(page, "report-send").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="report-item"]').length === 1);
  await waitNext(page, "close");

  // The next day: the report is due, on the home screen too, until it is sent.
  await page.clock.fastForward("24:00:00");
  await tid(page, "nav-home").click();
  await tid(page, "alert-report").waitFor();
  assert.match(await tid(page, "alert-report").innerText(), /杭州示例贸易有限公司/);
  await tid(page, "alert-report-link").click();
  await tid(page, "report-overdue").waitFor();
  await waitNext(page, "send_report");
  await tid(page, "make-report").click();
  assert.match(await tid(page, "report-text").innerText(), /今天还没有新的完成事项/);
  await tid(page, "report-note").fill("补缴凭证已上传，等待税务局受理");
  assert.match(await tid(page, "report-text").innerText(), /补缴凭证已上传/);
  await tid(page, "report-send").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="report-item"]').length === 2);
  assert.equal(await tid(page, "report-overdue").count(), 0);

  // Compensation: the client's own fault, goodwill offered; the rules answer in place.
  assert.equal(await tid(page, "comp-party").inputValue(), "client");
  await tid(page, "comp-opt-waive_expedite_fee").check();
  await tid(page, "comp-amount-waive_expedite_fee").fill("800");
  await tid(page, "comp-opt-free_follow_up").check();
  await tid(page, "comp-decision").selectOption("approved");
  await tid(page, "comp-save").click();
  await tid(page, "comp-error-free_follow_up").waitFor();
  assert.match(await tid(page, "comp-error-free_follow_up").innerText(), /后续服务内容/);
  await tid(page, "comp-desc-free_follow_up").fill("三个月税务合规检查");
  await tid(page, "comp-save").click();
  await page.locator("#f-comp-approver-err").waitFor();
  assert.match(await page.locator("#f-comp-approver-err").innerText(), /批准人/);
  await tid(page, "comp-approver").fill("王总");
  await tid(page, "comp-save").click();
  await tid(page, "comp-summary").waitFor();
  assert.match(await tid(page, "comp-summary").innerText(), /已批准.*免收加急费.*800 元/);

  // Close as 已补救: the case follows.
  await tid(page, "close-outcome").selectOption("recovered");
  await tid(page, "close-failure").click();
  await tid(page, "failure-closed").waitFor();
  await badgeIs(page, "已补救");
  assert.match(await tid(page, "failure-outcome").innerText(), /已补救/);
  await shot(page, "response-768x1024-closed");

  // The timeline has all of it, in order.
  const entries = await tid(page, "tl-entry").evaluateAll((els) =>
    els.map((e) => ({ kind: e.dataset.kind, key: e.dataset.key === "true", text: e.querySelector(".tl-text").textContent })),
  );
  const at = (re) => {
    const i = entries.findIndex((e) => re.test(e.text));
    assert.ok(i >= 0, `timeline has ${re}: ${JSON.stringify(entries.map((e) => e.text))}`);
    return i;
  };
  const order = [
    entries.findIndex((e) => e.kind === "case_created"),
    at(/接案 → 预审/),
    at(/预审 → 办理中/),
    at(/发现失败（材料问题）：税务局不予注销.*（500 元）/),
    at(/已通知客户（电话，李娜），用时 12 分钟/),
    at(/完成：列出需要更正的材料/),
    at(/完成：补缴印花税 500 元/),
    entries.findIndex((e) => e.kind === "report_sent"),
    entries.findLastIndex((e) => e.kind === "report_sent"),
    at(/补偿方案（已批准）/),
    at(/失败处理结束：已补救/),
  ];
  assert.deepEqual(order, [...order].sort((a, b) => a - b), JSON.stringify(entries.map((e) => e.text)));
  assert.equal(entries.filter((e) => e.kind === "step_done").length, 6);
  assert.equal(entries.filter((e) => e.kind === "report_sent").length, 2);
  assert.ok(at(/办理中 → 失败/) < at(/已通知客户/));
  assert.ok(at(/失败 → 已补救/) > at(/补偿方案/));
  for (const re of [/发现失败/, /已通知客户/, /失败处理结束/]) assert.ok(entries[at(re)].key, `${re} is a key event`);

  // It all survives a reload.
  await page.reload();
  await tid(page, "failure-closed").waitFor();
  await badgeIs(page, "已补救");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the home screen shows a running clock; a missed hour is shown in red with words", async () => {
  const page = await clockedPage({ width: 1024, height: 768 });
  await createTaxCase(page, "宁波示例物流有限公司");
  await raise(page, { kind: "system_outage", what: "电子税务局系统升级，暂停办理", amount: "" });

  // The case list shows the clock on the case's row too.
  await tid(page, "nav-cases").click();
  await tid(page, "failure-flag").waitFor();
  assert.match(await tid(page, "failure-flag").innerText(), /⏱/);

  await tid(page, "nav-home").click();
  await tid(page, "alerts-panel").waitFor();
  const clock = tid(page, "alert-clock");
  assert.equal(await clock.count(), 1);
  assert.match(await clock.innerText(), /宁波示例物流有限公司/);
  assert.equal(await clock.locator('[data-testid="notify-clock"]').getAttribute("data-state"), "running");
  const first = await face(page);
  await page.waitForFunction(
    (f) => document.querySelector('[data-testid="clock-face"]').textContent !== f,
    first,
  );
  await shot(page, "response-home-1024x768");

  // An hour and a minute later nobody has called: overdue, in red, and in words.
  await page.clock.fastForward("01:01:00");
  await page.waitForFunction(() => /^已超时 \+01:\d\d$/.test(document.querySelector('[data-testid="clock-face"]').textContent));
  const overdue = clock.locator('[data-testid="notify-clock"]');
  assert.equal(await overdue.getAttribute("data-state"), "overdue");
  const color = await overdue.evaluate((e) => getComputedStyle(e).color);
  assert.equal(color, "rgb(185, 28, 28)");

  // The area page lists it too, and the link leads to the case's desk.
  await tid(page, "nav-response").click();
  await tid(page, "page-response").waitFor();
  assert.equal(await tid(page, "alert-clock").count(), 1);
  assert.equal(await tid(page, "open-failure").count(), 1);
  await tid(page, "alert-clock-link").click();
  await tid(page, "failure-card").waitFor();
  assert.match(await face(page), /^已超时 \+01:0\d$/);
  assert.match(await tid(page, "clock-caption").innerText(), /仍未通知客户/);
  await page.screenshot({ path: path.join(SHOTS, "response-1024x768-overdue.png") });
  await tid(page, "lang-toggle").click();
  await page.waitForFunction(() => /^Overdue \+01:\d\d$/.test(document.querySelector('[data-testid="clock-face"]').textContent));
  assert.match(await tid(page, "next-action-go").innerText(), /Tell the client/);
  await tid(page, "lang-toggle").click();
  await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  assert.equal(await nextAction(page), "notify");
  // Logging it now stops the clock as late, and the home screen has nothing left to chase.
  await tid(page, "notify-said").fill("已电话告知系统升级及预计恢复时间");
  await tid(page, "notify-log").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="notify-clock"]')?.dataset.state === "late");
  await tid(page, "nav-home").click();
  await tid(page, "page-home").waitFor();
  assert.equal(await tid(page, "alerts-panel").count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("→ 失败 goes through raising a failure; a failure closed as lost shows its summary first", async () => {
  const page = await clockedPage();
  await createTaxCase(page, "温州示例鞋业有限公司");
  // The status button does not set 失败 by itself: it opens the raise form, clock not started.
  await tid(page, "to-failed").click();
  await tid(page, "raise-form").waitFor();
  assert.equal(await tid(page, "status-badge").innerText(), "接案");
  assert.equal(await tid(page, "notify-clock").count(), 0);
  await raise(page, { kind: "department_rejection", what: "税务局不予注销：账务未结清", amount: "" });
  await badgeIs(page, "失败");
  assert.equal(await tid(page, "notify-clock").getAttribute("data-state"), "running");
  assert.match(await tid(page, "clock-promise").innerText(), /1 小时内告知客户/);
  await tid(page, "notify-said").fill("电话说明：账务未结清，今天无法注销");
  await tid(page, "notify-log").click();
  await tid(page, "notify-done").waitFor();
  // Closed as lost: the case stays 失败, and the tab opens on how it ended, not on a new form.
  await tid(page, "close-outcome").selectOption("lost");
  await tid(page, "close-failure").click();
  await tid(page, "closed-failures").waitFor();
  assert.equal(await tid(page, "raise-form").count(), 0, "no raise form until asked for");
  await tid(page, "raise-another").waitFor();
  const summary = await tid(page, "closed-failures").boundingBox();
  const another = await tid(page, "raise-another").boundingBox();
  assert.ok(summary.y < another.y, "the closed summary comes first");
  await page.reload();
  await tid(page, "closed-failures").waitFor();
  await page.screenshot({ path: path.join(SHOTS, "response-768x1024-closed-lost.png") });
});

test("an error on a form follows the language switch: worded when shown, not when it happened", async () => {
  const page = await clockedPage();
  await createTaxCase(page, "苏州示例语言有限公司");
  await tid(page, "to-failed").click();
  await raise(page, { kind: "department_rejection", what: "税务局不予注销：账务未结清", amount: "" });
  // Closing before the client was told is refused, with the reason.
  await tid(page, "close-outcome").selectOption("lost");
  await tid(page, "close-failure").click();
  await tid(page, "close-error").waitFor();
  assert.match(await tid(page, "close-error").innerText(), /还没有记录通知客户/);
  await tid(page, "lang-toggle").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.match(await tid(page, "close-error").innerText(), /client notification has not been logged/);
  await tid(page, "lang-toggle").click();
  await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  assert.match(await tid(page, "close-error").innerText(), /还没有记录通知客户/);
  await page.close();
});
