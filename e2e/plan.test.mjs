// 预案工坊 end to end: a new user builds the plan for the brief's foreign-invested set-up case
// (3 working days, the legal representative abroad), links remote video verification and
// licence-first, sees the decide-by dates, records a tax-system upgrade in the warning library,
// sees it flagged on the case, and prints the plan. Then the pre-mortem review, the warning
// library's validation and archive, and accessibility at tablet sizes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import { start, open, tid, shot, createCase, isoDay, appReady, addWorkingDays } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

const COMPANY = "上海示例外资科技有限公司";
const RISK = "法定代表人在国外，银行要求本人到场开户";

/** The brief's case: foreign-invested set-up from the catalog, 3 working days. */
async function createForeignCase(page, company = COMPANY) {
  await createCase(page, h.url, {
    serviceKey: "foreign_invested_setup",
    company,
    legalRep: "John Smith",
    service: "外资企业设立",
    urgency: "financing_signing",
    // Seven working days away by the shipped holiday data (a calendar week can be all holiday).
    hardDate: addWorkingDays(isoDay(0), 7),
    days: 3,
  });
}

async function startPlan(page) {
  await tid(page, "case-tab-plan").click();
  await tid(page, "plan-start").click();
  await tid(page, "plan-tab").waitFor();
}

/** A pre-mortem cause by its own text (not the texts of the merge menu inside it). */
function cause(page, text) {
  return tid(page, "cause-item").filter({ has: page.getByTestId("cause-text-shown").filter({ hasText: text }) });
}

/** Waits until the cause whose text contains `text` shows `status`. */
async function causeStatus(page, text, status) {
  await page.waitForFunction(
    ([text, status]) => [...document.querySelectorAll('[data-testid="cause-item"]')].some(
      (li) => li.querySelector('[data-testid="cause-text-shown"]').textContent.includes(text)
        && li.querySelector('[data-testid="cause-status"]').textContent === status,
    ),
    [text, status],
  );
}

async function count(page, id, n) {
  await page.waitForFunction(
    ([id, n]) => document.querySelectorAll(`[data-testid="${id}"]`).length === n,
    [id, n],
  );
}

test("the brief's foreign-invested case: risk, paths, decide-by dates, warning flag, print", async () => {
  const page = await h.newPage();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.url });
  await createForeignCase(page);
  await startPlan(page);
  await tid(page, "risks-empty").waitFor();
  // The catalog's departments give one contact row each to fill in.
  await count(page, "contact-row", 3);

  // The risk: the legal representative is abroad and the bank wants him in person.
  await tid(page, "risk-add").click();
  await tid(page, "risk-save").click();
  assert.match(await page.locator('[data-testid="risk-form"] .field-error').first().innerText(), /请填写“风险”/);
  await tid(page, "risk-title").fill(RISK);
  await tid(page, "risk-category").selectOption("process");
  await tid(page, "risk-likelihood").selectOption("4");
  await tid(page, "risk-impact").selectOption("5");
  await tid(page, "risk-early-sign").fill("银行预约时要求法定代表人本人到场");
  await tid(page, "risk-owner").selectOption("pm");
  await tid(page, "risk-mitigation").fill("请银行评估远程视频核验；准备授权委托书；与市场监管部门沟通先照后补回执。");
  await tid(page, "risk-res-likelihood").selectOption("2");
  assert.match(await tid(page, "risk-preview").innerText(), /4×5 = 20（极高）→ 措施后 2×3 = 6（中）/);
  await tid(page, "risk-res-impact").selectOption("5");
  await tid(page, "path-remote_video_verification").check();
  await tid(page, "path-licence_first_bank_later").check();
  await tid(page, "risk-save").click();
  await count(page, "risk-row", 1);
  assert.match(await tid(page, "risk-score").innerText(), /4×5 = 20 极高/);
  assert.match(await tid(page, "risk-residual").innerText(), /2×5 = 10 高/);
  assert.match(await tid(page, "risk-owner-shown").innerText(), /项目经理 · 张敏/);
  assert.match(await tid(page, "risk-paths").innerText(), /远程视频核验、先发营业执照，后补开户回执/);

  // Both paths have a decide-by date inside the window, still ahead.
  await count(page, "decide-entry", 2);
  const today = isoDay(0);
  const hard = addWorkingDays(isoDay(0), 7);
  for (const entry of await tid(page, "decide-entry").all()) {
    const date = await entry.getByTestId("decide-date").innerText();
    assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(date >= today && date <= hard, `decide-by ${date} outside ${today}..${hard}`);
    assert.match(await entry.getByTestId("decide-state").innerText(), /未到|今天必须决定/);
  }
  assert.equal(await page.locator('[data-testid="decide-entry"][data-path="remote_video_verification"]').count(), 1);
  assert.equal(await page.locator('[data-testid="decide-entry"][data-path="licence_first_bank_later"]').count(), 1);
  assert.match(await tid(page, "next-decision").innerText(), /下一个决定点/);
  await tid(page, "decide-bar").waitFor();

  // The heat map: the cell (4, 5) holds the risk before mitigation, (2, 5) after.
  assert.equal(await tid(page, "heat-cell-4-5").locator(".heat-count").textContent(), "1");
  await tid(page, "heat-cell-4-5").click();
  assert.match(await tid(page, "heat-cell-risks").innerText(), new RegExp(`可能性 4 × 影响 5 = 20（极高）：1 项[\\s\\S]*${RISK}`));
  await tid(page, "heatmap-after").click();
  await tid(page, "heat-cell-2-5").press("Enter");
  assert.match(await tid(page, "heat-cell-risks").innerText(), new RegExp(RISK));

  // The clauses name the client; copying puts them on the clipboard.
  assert.match(await tid(page, "clause-client_materials").innerText(), new RegExp(`甲方（${COMPANY}）`));
  await tid(page, "copy-clauses").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="copy-clauses-status"]')?.textContent === "已复制");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^1、甲方材料义务\n/);
  assert.ok(copied.includes(COMPANY), "the copied clauses name the company");

  // No warning yet; add the tax-system upgrade in the library.
  await tid(page, "case-warnings-none").waitFor();
  await tid(page, "to-warning-library").click();
  await tid(page, "page-warning-library").waitFor();
  assert.equal(await tid(page, "nav-library").getAttribute("aria-current"), "page");
  await tid(page, "warnings-empty").waitFor();
  await tid(page, "warning-add").click();
  await tid(page, "warning-title").fill("金税系统升级，电子税务局暂停办理");
  await tid(page, "warning-start").fill(isoDay(1));
  await tid(page, "warning-end").fill(isoDay(5));
  await tid(page, "warning-region").fill("上海市");
  await tid(page, "warning-department").fill("税务局");
  await tid(page, "warning-effect").selectOption("paused");
  await tid(page, "warning-source").fill("国家税务总局上海市税务局公告");
  await tid(page, "warning-note").fill("升级期间新办纳税人登记暂停");
  await tid(page, "warning-save").click();
  await count(page, "warning-row", 1);
  assert.match(await tid(page, "warning-cases").innerText(), new RegExp(`影响 1 个在办案件：${COMPANY}（少 \\d+ 个工作日）`));

  // Flagged on the case list and on the overview, with the working days lost.
  await tid(page, "nav-cases").click();
  await tid(page, "case-table").waitFor();
  assert.match(await tid(page, "case-row").getByTestId("warning-flag").innerText(), /政策预警：少 \d+ 个工作日/);
  await tid(page, "case-link").click();
  await tid(page, "page-case-detail").waitFor();
  assert.match(await tid(page, "warning-flag").innerText(), /政策预警：少 \d+ 个工作日[\s\S]*金税系统升级/);
  await tid(page, "warning-flag-plan").click();
  await tid(page, "plan-tab").waitFor();
  await count(page, "case-warning", 1);
  assert.match(await tid(page, "warning-days-lost").innerText(), /少 \d+ 个工作日（重叠期内共 \d+ 个工作日）/);
  assert.match(await tid(page, "message-policy_warning").getByTestId("message-text").innerText(), /金税系统升级/);

  // Print: the button opens the print dialog; on paper the controls are gone, the plan is not.
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await tid(page, "plan-print").click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: "print" });
  assert.equal(await tid(page, "app-nav").isVisible(), false);
  assert.equal(await tid(page, "plan-print").isVisible(), false);
  assert.equal(await tid(page, "case-tabs").isVisible(), false);
  assert.equal(await tid(page, "risk-add").isVisible(), false);
  assert.ok(await tid(page, "risk-row").isVisible());
  assert.ok(await tid(page, "decide-timeline").isVisible());
  assert.ok(await tid(page, "clause-list").isVisible());
  assert.ok(await tid(page, "case-warning").isVisible());
  await shot(page, "plan-print");
  await page.emulateMedia({ media: "screen" });

  // The area page lists the case with its plan and next decision.
  await tid(page, "nav-plan").click();
  await count(page, "plan-area-row", 1);
  assert.match(await tid(page, "plan-area-has").innerText(), /有（1 项风险）/);
  assert.match(await tid(page, "plan-area-risks").innerText(), /极高 1 · 高 0/);
  assert.match(await tid(page, "plan-area-next").innerText(), /^\d{4}-\d{2}-\d{2} · /);
  await tid(page, "plan-area-row").getByTestId("warning-flag").waitFor();

  // Everything survives a reload.
  await page.reload();
  await appReady(page);
  await count(page, "plan-area-row", 1);
  await tid(page, "plan-area-link").click();
  await count(page, "risk-row", 1);
  await count(page, "decide-entry", 2);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("pre-mortem: causes by person, template suggestions, merge, review, cause to risk", async () => {
  const page = await h.newPage({ width: 1024, height: 768 });
  await createForeignCase(page, "北京示例外资咨询有限公司");
  await startPlan(page);

  // Collecting: each participant sees only their own causes.
  await tid(page, "add-cause").click();
  assert.match(await page.locator('[data-testid="cause-form"] .field-error').first().innerText(), /请填写“提出人”/);
  await tid(page, "cause-author").fill("刘洋");
  await tid(page, "cause-text").fill("银行拒绝开户");
  await tid(page, "cause-category").selectOption("process");
  await tid(page, "add-cause").click();
  await count(page, "cause-item", 1);
  assert.equal(await tid(page, "cause-text").inputValue(), "");
  await tid(page, "cause-author").fill("陈静");
  await tid(page, "my-causes-empty").waitFor();
  assert.match(await tid(page, "others-hidden").innerText(), /其他参与者已写 1 条/);
  await tid(page, "cause-text").fill("银行拒绝开户！");
  await tid(page, "cause-category").selectOption("process");
  await tid(page, "add-cause").click();
  await count(page, "cause-item", 1);

  // Review: the template's usual suspects, duplicates merged with both names kept.
  await tid(page, "phase-reviewing").click();
  await tid(page, "cause-review").waitFor();
  await count(page, "cause-item", 2);
  await tid(page, "merge-duplicates").click();
  await page.waitForFunction(() => /合并了 1 条/.test(document.querySelector('[data-testid="merge-result"]').textContent));
  await count(page, "cause-item", 1);
  assert.match(await tid(page, "cause-item").innerText(), /刘洋、陈静/);
  await tid(page, "cause-unmerge").click();
  await count(page, "cause-item", 2);
  await tid(page, "merge-duplicates").click();
  await count(page, "cause-item", 1);

  await tid(page, "suggest-causes").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="cause-item"]').length > 3);
  assert.equal(await tid(page, "suggest-causes").isDisabled(), true);
  const abroad = cause(page, "法定代表人本人到银行");
  assert.match(await abroad.getByTestId("cause-status").innerText(), /待定/);
  await abroad.getByTestId("cause-accept").click();
  await causeStatus(page, "法定代表人本人到银行", "采纳");
  await cause(page, "公证认证").getByTestId("cause-reject").click();
  await causeStatus(page, "公证认证", "不采纳");

  // Edit a cause in place.
  await cause(page, "银行拒绝开户").getByTestId("cause-edit").click();
  await tid(page, "cause-edit-text").fill("首选银行拒绝开户");
  await tid(page, "cause-save").click();
  await cause(page, "首选银行拒绝开户").waitFor();

  // The accepted template cause becomes a risk pre-filled with its paths.
  await cause(page, "法定代表人本人到银行").getByTestId("cause-to-risk").click();
  await tid(page, "risk-form").waitFor();
  assert.match(await tid(page, "risk-title").inputValue(), /法定代表人本人到银行/);
  assert.equal(await tid(page, "path-remote_video_verification").isChecked(), true);
  assert.equal(await tid(page, "path-power_of_attorney").isChecked(), true);
  await tid(page, "risk-save").click();
  await count(page, "risk-row", 1);
  await count(page, "decide-entry", 3);

  // Paths can be linked and unlinked from the path section too.
  await tid(page, "path-risk").getByTestId("path-link").selectOption("backup_bank");
  await count(page, "decide-entry", 4);
  await tid(page, "linked-backup_bank").getByTestId("path-unlink").click();
  await count(page, "decide-entry", 3);

  // Team: the playbook names the people of the case.
  assert.match(await tid(page, "tasks-materials").innerText(), /刘洋[\s\S]*联系客户/);
  await tid(page, "task-category").selectOption("external");
  await tid(page, "task-role").selectOption("logistics");
  await tid(page, "task-text").fill("升级前一天把纸质材料送到大厅");
  await tid(page, "task-add").click();
  await tid(page, "tasks-external").getByText("升级前一天把纸质材料送到大厅").waitFor();
  // Rows are memoised on their own line, yet edit the plan as it is now: reassigning an older
  // line after the task above was added keeps that task, and removing a line keeps both.
  const materialsRows = tid(page, "tasks-materials").getByTestId("task-row");
  const materialsCount = await materialsRows.count();
  await materialsRows.first().getByTestId("task-row-role").selectOption("logistics");
  await materialsRows.first().locator(".task-who", { hasText: "后勤支持" }).waitFor();
  await tid(page, "tasks-external").getByText("升级前一天把纸质材料送到大厅").waitFor();
  await materialsRows.last().getByTestId("task-remove").click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="tasks-materials"] [data-testid="task-row"]').length === n - 1,
    materialsCount,
  );
  assert.match(await materialsRows.first().locator(".task-who").innerText(), /后勤支持/);
  await tid(page, "tasks-external").getByText("升级前一天把纸质材料送到大厅").waitFor();

  // A department contact.
  await tid(page, "contact-edit").first().click();
  await tid(page, "contact-name-input").fill("王科长");
  await tid(page, "contact-phone-input").fill("021-12345678");
  await tid(page, "contact-save").click();
  await tid(page, "contact-table").getByText("王科长").waitFor();

  // Clause settings and a hand edit.
  await tid(page, "clause-agency").fill("护航财税");
  await tid(page, "clause-cap").fill("5000");
  await tid(page, "clause-settings-save").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="clause-agency_error"]')?.textContent.includes("人民币5,000元"));
  await tid(page, "clause-agency_error").getByTestId("clause-edit").click();
  await tid(page, "clause-edit-text").fill("乙方失误导致延误的，免费重办并退还加急费。");
  await tid(page, "clause-save").click();
  await tid(page, "clause-agency_error").getByText("已手动修改").waitFor();

  // Messages carry the case's facts.
  const likely = tid(page, "message-likely_failure").getByTestId("message-text");
  assert.match(await likely.innerText(), /李娜您好，我是负责北京示例外资咨询有限公司“外资企业设立”事项的项目经理张敏/);
  // A template edited for this plan, after the clause edit above: both edits stay.
  const resolved = tid(page, "message-resolved");
  await resolved.getByTestId("template-edit").click();
  await resolved.getByTestId("template-text").fill("{contact}您好，{company}的事项已办结。");
  await resolved.getByTestId("template-save").click();
  await resolved.getByTestId("message-text").getByText("李娜您好，北京示例外资咨询有限公司的事项已办结。").waitFor();
  await tid(page, "clause-agency_error").getByText("已手动修改").waitFor();

  // English follows the toggle.
  await tid(page, "lang-toggle").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.match(await tid(page, "risk-register").innerText(), /Risk register/);
  assert.match(await tid(page, "heat-map").innerText(), /Before mitigation/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("warning library: validation in place, edit, archive and restore", async () => {
  const page = await h.newPage({ width: 768, height: 1024 });
  await open(page, h.url, "/library/warnings");
  await tid(page, "warning-add").click();
  await tid(page, "warning-save").click();
  await tid(page, "warning-errors").waitFor();
  const errors = await page.locator('[data-testid="warning-form"] .field-error').allInnerTexts();
  assert.deepEqual(errors, ["请填写“预警标题”。", "请填写“开始日期”。", "请填写“结束日期”。"]);

  await tid(page, "warning-title").fill("两会期间政务大厅限流");
  await tid(page, "warning-start").fill(isoDay(10));
  await tid(page, "warning-end").fill(isoDay(8));
  await tid(page, "warning-effect").selectOption("slowed");
  await tid(page, "warning-save").click();
  await page.getByText("结束日期不能早于开始日期。").waitFor();
  await tid(page, "warning-end").fill(isoDay(14));
  await tid(page, "warning-save").click();
  await count(page, "warning-row", 1);
  assert.match(await tid(page, "warning-row").innerText(), /办理放缓/);
  assert.match(await tid(page, "warning-cases").innerText(), /目前没有在办案件受影响/);

  await tid(page, "warning-edit").click();
  await tid(page, "warning-title").fill("重大会议期间政务大厅限流");
  await tid(page, "warning-save").click();
  await tid(page, "warning-row-title").getByText("重大会议期间政务大厅限流").waitFor();

  await tid(page, "warning-archive").click();
  await tid(page, "warnings-empty").waitFor();
  await tid(page, "warning-show-archived").check();
  await count(page, "warning-row", 1);
  await tid(page, "warning-restore").click();
  await tid(page, "warnings-empty").waitFor();
  await tid(page, "warning-show-archived").uncheck();
  await count(page, "warning-row", 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("plan screens at tablet sizes: no overflow, no serious accessibility issue", async () => {
  for (const viewport of [{ width: 768, height: 1024 }, { width: 1024, height: 768 }]) {
    const page = await h.newPage(viewport);
    await createForeignCase(page, "深圳示例外资贸易有限公司");
    const id = page.url().split("#/cases/")[1];
    await startPlan(page);
    await tid(page, "phase-reviewing").click();
    await tid(page, "suggest-causes").click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="cause-to-risk"]').length > 0);
    await tid(page, "cause-to-risk").first().click();
    await tid(page, "risk-save").click();
    await count(page, "risk-row", 1);
    await tid(page, "heat-cell-3-5").click();
    await open(page, h.url, "/library/warnings");
    await tid(page, "warning-add").click();
    await tid(page, "warning-title").fill("办税服务厅系统升级");
    await tid(page, "warning-start").fill(isoDay(0));
    await tid(page, "warning-end").fill(isoDay(2));
    await tid(page, "warning-save").click();
    await count(page, "warning-row", 1);
    if (viewport.width === 1024) {
      // The wider run checks the English texts too.
      await tid(page, "lang-toggle").click();
      await page.waitForFunction(() => document.documentElement.lang === "en");
    }
    const problems = [];
    for (const route of [`/cases/${id}/plan`, "/plan", "/library/warnings", "/cases", `/cases/${id}`]) {
      await open(page, h.url, route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${route} at ${viewport.width}: ${overflow}px wider than the viewport`);
      await page.evaluate(AXE);
      const found = await page.evaluate(async () => {
        const r = await window.axe.run(document.getElementById("main"), { resultTypes: ["violations"] });
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      });
      for (const p of found) problems.push(`${route}: ${p}`);
      const name = route.includes(id) ? route.replace(id, "id") : route;
      await shot(page, `plan${name.replaceAll("/", "-")}-${viewport.width}x${viewport.height}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test("the long plan keeps its section menu in view; every new page opens at its top", async () => {
  const page = await h.newPage({ width: 768, height: 1024 });
  await createCase(page, h.url, { company: "苏州示例精密有限公司", service: "经营范围变更", hardDate: isoDay(20), days: 5 });
  await startPlan(page);
  // Far down the plan, the section menu is still on screen and jumps back up.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => window.scrollY > 1000);
  const toc = await tid(page, "plan-toc").boundingBox();
  assert.ok(toc.y >= -1 && toc.y < 200, `the section menu is in view (y = ${toc.y})`);
  await tid(page, "toc-comms-h").click();
  await tid(page, "toc-top").click();
  await page.waitForFunction(() => window.scrollY === 0);
  // Scrolled down, then another page: it opens at its top, not at the old position.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => window.scrollY > 1000);
  await tid(page, "case-tab-overview").click();
  await tid(page, "page-case-detail").waitFor();
  await page.waitForFunction(() => window.scrollY === 0);
  await page.context().close();
});
