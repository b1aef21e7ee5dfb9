// 复盘 end to end, following issue 8: a new user writes the retrospective of the business-scope
// case (经营范围变更). The plan listed the risk, the failure desk raised it and told the client;
// the 复盘 tab shows the pre-mortem hit. The blame guard stops the chain at "经办人疏忽"; a
// process/training answer one level deeper passes it; two action items (one edited, a mistaken
// third removed); notes; the printed report; the case becomes a drill draft and the user lands
// on it in the drill editor; the Pareto table's numbers change; the notify and pre-mortem charts
// show the real figures; an action item moved into the past shows on the home screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, tid, shot, isoDay, addWorkingDays } from "./harness.mjs";
import {
  createScopeCase, planRisk, raiseAndNotify, paretoCounts, count, checkPrinted,
} from "./retro_steps.mjs";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

const TABLET = { width: 768, height: 1024 };
const FAILURE = "经营范围表述不规范，被登记机关退回";

test("retrospective of the business-scope case, from plan and failure desk to drill and charts", async () => {
  const page = await h.newPage(TABLET);

  // The area page starts empty.
  await open(page, h.url, "/retro");
  assert.equal(await tid(page, "chart-pareto").getAttribute("data-total"), "0");
  await tid(page, "chart-pareto-empty").waitFor();
  assert.match(await tid(page, "premortem-overall").innerText(), /—/);

  // The case; its plan lists the wording risk; the failure desk raises it and tells the client.
  const caseId = await createScopeCase(page, h.url);
  await planRisk(page, h.url, caseId, "经营范围表述不被登记机关接受，被退回");
  await raiseAndNotify(page, h.url, caseId, FAILURE);

  // Start the retrospective from the case: the plan foresaw what happened.
  await open(page, h.url, `/cases/${caseId}/retro`);
  await tid(page, "retro-start").click();
  await tid(page, "retro-outcome").waitFor();
  assert.ok((await tid(page, "retro-tl-entry").count()) >= 2, "the timeline shows the case events");
  assert.equal(await tid(page, "premortem-hit").getAttribute("data-hit"), "hit");
  assert.equal(await tid(page, "premortem-unsaved").count(), 0, "the hit is stored");
  await tid(page, "retro-wrong").fill(FAILURE);
  await tid(page, "retro-well").fill("当天发现退回并告知客户");
  await tid(page, "retro-refl-save").click();
  await tid(page, "retro-refl-saved").filter({ hasText: "已保存" }).waitFor();

  // Five whys: the second answer blames a person and is flagged in place.
  assert.match(await tid(page, "why-question-0").innerText(), /经营范围表述不规范/);
  await tid(page, "why-answer-0").fill("经营范围的表述和行业分类对不上");
  await tid(page, "why-add").click();
  await tid(page, "why-answer-1").fill("经办人疏忽");
  await tid(page, "why-flag").waitFor();
  assert.match(await tid(page, "why-flag").innerText(), /流程、工具、培训/);
  assert.equal(await tid(page, "chain-status").getAttribute("data-complete"), "false");
  await tid(page, "whys-save").click();
  await tid(page, "whys-saved").filter({ hasText: "已保存" }).waitFor();
  assert.equal(await tid(page, "retro-ready").getAttribute("data-ready"), "false");
  await shot(page, "retro-blame-flag");

  // Dig deeper: what let it happen. The next question is the guard's prompt.
  await tid(page, "why-add").click();
  assert.match(await tid(page, "why-question-2").innerText(), /是什么让这件事有机会发生/);
  await tid(page, "why-answer-2").fill("没有行业分类对照的流程和培训，也没有人复核表述");
  await page.waitForFunction(
    () => document.querySelector('[data-testid="chain-status"]')?.dataset.complete === "true",
  );
  assert.equal(await tid(page, "why-flag").count(), 0, "the flag is gone once dug past");
  await tid(page, "why-flag-resolved").waitFor();
  await tid(page, "whys-save").click();
  await tid(page, "whys-saved").filter({ hasText: "已保存" }).waitFor();

  // One factor, then the Pareto table on the area page; then a second factor.
  await tid(page, "factor-text").fill("新人不熟悉行业分类");
  await tid(page, "factor-category").selectOption("staffing");
  await tid(page, "factor-add").click();
  await count(page, "factor", 1);
  await open(page, h.url, "/retro");
  assert.deepEqual(await paretoCounts(page), [["staffing", "1", "100%"]]);
  await open(page, h.url, `/cases/${caseId}/retro`);
  await tid(page, "factor-text").fill("提交前没有复核环节");
  await tid(page, "factor-category").selectOption("process");
  await tid(page, "factor-add").click();
  await count(page, "factor", 2);

  // Two action items, due in working days with the date shown.
  await tid(page, "action-text").fill("编写经营范围表述手册");
  await tid(page, "action-owner").fill("张敏");
  await tid(page, "action-days").fill("10");
  await tid(page, "action-due-preview").filter({ hasText: "截止" }).waitFor();
  await tid(page, "action-link-kind").selectOption("catalog_rule");
  await tid(page, "action-link-target").fill("经营范围变更");
  await tid(page, "action-add").click();
  await count(page, "action-item", 1);
  await tid(page, "action-text").fill("行业分类培训");
  await tid(page, "action-owner").fill("刘洋");
  await tid(page, "action-days").fill("5");
  await tid(page, "action-add").click();
  await count(page, "action-item", 2);
  // The default is due in 10 working days: exactly the date the shipped holiday data gives.
  const first = tid(page, "action-item").first();
  const due = addWorkingDays(isoDay(0), 10);
  const [, mm, dd] = due.split("-").map(Number);
  assert.match(await first.getByTestId("action-item-due").innerText(), new RegExp(`截止 ${mm}月${dd}日`));
  assert.equal(await first.getByTestId("action-item-due").getAttribute("data-due"), due);
  await page.waitForFunction(() => document.querySelector('[data-testid="retro-ready"]')?.dataset.ready === "true");

  // Edit the first: a new owner, 15 working days, what it changes.
  await first.getByTestId("action-edit").click();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === "action-edit-text");
  assert.equal(await tid(page, "action-edit-text").inputValue(), "编写经营范围表述手册");
  await tid(page, "action-edit-owner").fill("王芳");
  await tid(page, "action-edit-days").fill("15");
  assert.equal(await tid(page, "action-edit-due").inputValue(), "", "typing days recounts the date");
  await tid(page, "action-edit-link-kind").selectOption("training_scenario");
  await tid(page, "action-edit-link-target").fill("经营范围表述演练");
  await tid(page, "action-edit-save").click();
  await tid(page, "action-edit-form").waitFor({ state: "detached" });
  assert.match(await first.getByTestId("action-item-owner").innerText(), /王芳/);
  assert.match(await first.getByTestId("action-item-due").innerText(), /15 个工作日/);
  assert.match(await first.getByTestId("action-item-links").innerText(), /演练场景：经营范围表述演练/);

  // A mistaken third item is removed (after asking once more).
  await tid(page, "action-text").fill("录错了");
  await tid(page, "action-owner").fill("刘洋");
  await tid(page, "action-add").click();
  await count(page, "action-item", 3);
  const third = tid(page, "action-item").nth(2);
  await third.getByTestId("action-remove").click();
  assert.match(await third.getByTestId("action-remove-ask").innerText(), /录错/);
  await third.getByTestId("action-remove-confirm").click();
  await count(page, "action-item", 2);

  // "Not doing" needs a reason; then open again.
  const second = tid(page, "action-item").nth(1);
  await second.getByTestId("action-status").selectOption("not_doing");
  await second.getByTestId("action-reason-save").click();
  await second.getByTestId("retro-error").waitFor();
  await second.getByTestId("action-reason").fill("已并入季度培训计划");
  await second.getByTestId("action-reason-save").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="action-item"]')[1]?.dataset.status === "not_doing");
  await second.getByTestId("action-status").selectOption("open");
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="action-item"]')[1]?.dataset.status === "open");

  // Its due date was agreed three days ago: set it outright; it is overdue at once.
  await second.getByTestId("action-edit").click();
  await tid(page, "action-edit-due").fill(isoDay(-3));
  await tid(page, "action-edit-save").click();
  await second.getByTestId("action-item-overdue").waitFor();
  assert.equal(await second.getByTestId("action-item-due").getAttribute("data-due"), isoDay(-3));

  // Notes, then the printed report holds every section and none of the controls.
  await tid(page, "retro-notes").fill("参加人：张敏、刘洋、王芳。客户已谅解。");
  await tid(page, "retro-notes-save").click();
  await tid(page, "retro-notes-saved").filter({ hasText: "已保存" }).waitFor();
  await checkPrinted(page);
  await shot(page, "retro-tab");

  // Turn into training: the user lands on the draft in the drill editor.
  await tid(page, "retro-to-drill").click();
  await tid(page, "page-drill-editor").waitFor();
  assert.match(page.url(), /#\/drill\/edit\/retro_[0-9a-f]+$/);
  const title = await tid(page, "drill-ed-title").inputValue();
  assert.match(title, /经营范围变更/);
  assert.doesNotMatch(title, /杭州示例贸易/);
  await open(page, h.url, `/cases/${caseId}/retro`);
  assert.equal(await tid(page, "drill-link").innerText(), title);
  assert.match(await tid(page, "drill-link").getAttribute("href"), /#\/drill\/edit\/retro_/);
  await tid(page, "retro-to-drill").click();
  assert.match(await tid(page, "drill-remake-ask").innerText(), /覆盖/);
  await tid(page, "drill-remake-cancel").click();

  // The area page: the Pareto table counts both factors; the notify and pre-mortem charts
  // show the failure told within the hour and the plan's hit.
  await open(page, h.url, "/retro");
  assert.equal(await tid(page, "chart-pareto").getAttribute("data-total"), "2");
  assert.deepEqual(await paretoCounts(page), [["process", "1", "50%"], ["staffing", "1", "50%"]]);
  await tid(page, "pareto-cumulative").waitFor();
  assert.match(await tid(page, "notify-summary").innerText(), /已通知 1 起，其中一小时内 1 起（100%）/);
  assert.equal(await tid(page, "notify-count").first().innerText(), "1");
  assert.match(await tid(page, "premortem-overall").innerText(), /总体命中率：100%/);
  assert.equal(await tid(page, "premortem-hits").innerText(), "1");
  assert.equal(await tid(page, "premortem-total").innerText(), "1");
  assert.equal(await tid(page, "retro-list-item").count(), 1);
  assert.match(await tid(page, "overdue-action").innerText(), /行业分类培训/);
  await shot(page, "retro-area");

  // The home screen lists the overdue item and links to the case's retrospective.
  await tid(page, "nav-home").click();
  await tid(page, "overdue-actions").waitFor();
  assert.match(await tid(page, "overdue-action").innerText(), /行业分类培训[\s\S]*刘洋[\s\S]*已逾期 3 天/);
  await tid(page, "overdue-action-link").click();
  await tid(page, "retro-tab").waitFor();
  assert.deepEqual(page.errors, []);
});
