// 复盘 end to end: a new user writes the retrospective of the business-scope case. The blame
// guard stops the chain at "经办人疏忽"; a process/training answer one level deeper passes it;
// two action items; the case becomes a drill draft in the drill library; the Pareto chart on
// the 复盘 area page counts the new factors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, tid, shot, fillCase, isoDaysFromNow } from "./harness.mjs";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

const TABLET = { width: 768, height: 1024 };

async function paretoTotal(page) {
  const chart = tid(page, "chart-pareto");
  await chart.waitFor();
  return Number(await chart.getAttribute("data-total"));
}

test("retrospective of the business-scope case: blame guard, actions, drill draft, Pareto", async () => {
  const page = await h.newPage(TABLET);

  // The Pareto chart starts empty.
  await open(page, h.url, "/retro");
  assert.equal(await paretoTotal(page), 0);
  await tid(page, "chart-pareto-empty").waitFor();

  // The business-scope change case, which failed (the wording of the scope was refused).
  await open(page, h.url, "/cases/new");
  await tid(page, "service-key").selectOption("scope_change");
  await fillCase(page, {
    company: "杭州示例贸易有限公司",
    service: "经营范围变更",
    urgency: "other",
    hardDate: isoDaysFromNow(10),
    days: 5,
  });
  await tid(page, "save-case").click();
  await tid(page, "page-case-detail").waitFor();
  await tid(page, "to-failed").click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="status-badge"]')?.textContent === "失败",
  );

  // Start the retrospective from the case.
  await tid(page, "case-tab-retro").click();
  await tid(page, "retro-start").click();
  await tid(page, "retro-outcome").waitFor();
  assert.ok((await tid(page, "retro-tl-entry").count()) >= 2, "the timeline shows the case events");
  await tid(page, "retro-wrong").fill("经营范围表述不规范，被登记机关退回");
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

  // Contributing factors with categories.
  await tid(page, "factor-text").fill("新人不熟悉行业分类");
  await tid(page, "factor-category").selectOption("staffing");
  await tid(page, "factor-add").click();
  await tid(page, "factor-text").fill("提交前没有复核环节");
  await tid(page, "factor-category").selectOption("process");
  await tid(page, "factor-add").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="factor"]').length === 2);
  assert.equal(await tid(page, "premortem-hit").getAttribute("data-hit"), "no-plan");

  // Two action items, due in working days with the date shown.
  await tid(page, "action-text").fill("编写经营范围表述手册");
  await tid(page, "action-owner").fill("张敏");
  await tid(page, "action-days").fill("10");
  await tid(page, "action-due-preview").filter({ hasText: "截止" }).waitFor();
  await tid(page, "action-link-kind").selectOption("catalog_rule");
  await tid(page, "action-link-target").fill("经营范围变更");
  await tid(page, "action-add").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="action-item"]').length === 1);
  await tid(page, "action-text").fill("行业分类培训");
  await tid(page, "action-owner").fill("刘洋");
  await tid(page, "action-days").fill("5");
  await tid(page, "action-add").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="action-item"]').length === 2);
  // 10 working days are at least 14 calendar days away (two weekends).
  assert.match(await tid(page, "action-item-due").first().innerText(), /截止 \d+月\d+日/);
  assert.ok((await tid(page, "action-item-due").first().getAttribute("data-due")) >= isoDaysFromNow(14));
  await page.waitForFunction(
    () => document.querySelector('[data-testid="retro-ready"]')?.dataset.ready === "true",
  );

  // "Not doing" needs a reason.
  const second = tid(page, "action-item").nth(1);
  await second.getByTestId("action-status").selectOption("not_doing");
  await second.getByTestId("action-reason-save").click();
  await second.getByTestId("retro-error").waitFor();
  await second.getByTestId("action-reason").fill("已并入季度培训计划");
  await second.getByTestId("action-reason-save").click();
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="action-item"]')[1]?.dataset.status === "not_doing",
  );
  await second.getByTestId("action-status").selectOption("open");
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="action-item"]')[1]?.dataset.status === "open",
  );

  // Turn into training: a draft in the drill library.
  await tid(page, "retro-to-drill").click();
  await tid(page, "drill-link").waitFor();
  const title = await tid(page, "drill-link").innerText();
  assert.match(title, /经营范围变更/);
  assert.doesNotMatch(title, /杭州示例贸易/);
  await shot(page, "retro-tab");
  await tid(page, "drill-link").click();
  await tid(page, "page-drill").waitFor();
  if ((await tid(page, "coming-soon").count()) === 0) {
    await page.getByText(title).first().waitFor();
  } else {
    console.log("# the drill area is not built yet: the library listing was not checked");
  }

  // The Pareto chart on the area page counts the two factors.
  await open(page, h.url, "/retro");
  assert.equal(await paretoTotal(page), 2);
  assert.equal(await tid(page, "pareto-row").count(), 2);
  await tid(page, "pareto-cumulative").waitFor();
  assert.equal(await tid(page, "retro-list-item").count(), 1);
  await shot(page, "retro-area");
  assert.deepEqual(page.errors, []);
});
