// 材料预审 end to end at tablet size: a high-tech certification case whose six patents include
// two with the holder written 深圳示例科技有限公司; the precheck shows the blocker with its
// explanation and the infeasible deadline; fixing the names clears it; three levels sign off
// and everything survives a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  start, open, tid, shot, createCase, isoDay, SHOTS, appReady, addWorkingDays, isWorkingDay,
} from "./harness.mjs";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

const COMPANY = "深圳示例科技有限责任公司";
const SHORT = "深圳示例科技有限公司";

async function step(page, i) {
  await tid(page, `precheck-step-${i}`).click();
  await tid(page, `precheck-body-${i}`).waitFor();
}

test("high-tech precheck: holder mismatch blocks, fix, sign off, reload", async () => {
  const page = await h.newPage({ width: 768, height: 1024 });
  try {
    await createCase(page, h.url, {
      serviceKey: "high_tech_certification",
      company: COMPANY,
      legalRep: "王伟",
      service: "高新技术企业认定",
      urgency: "tender",
      hardDate: isoDay(6),
      days: 2,
    });
    await tid(page, "case-tab-precheck").click();
    await tid(page, "precheck-start").click();
    await tid(page, "precheck-step-1").waitFor();

    await step(page, 1);
    await tid(page, "field-business_licence-0-CompanyName").fill(COMPANY);
    for (let i = 1; i < 6; i++) {
      await tid(page, "add-item-patents").click();
      await tid(page, `field-patents-${i}-Holder`).waitFor();
    }
    const holders = [COMPANY, COMPANY, SHORT, COMPANY, SHORT, COMPANY];
    for (let i = 0; i < 6; i++) {
      await tid(page, `field-patents-${i}-Holder`).fill(holders[i]);
      await tid(page, `field-patents-${i}-IdNumber`).fill(`ZL2023100000${i}.X`);
    }
    assert.equal(await tid(page, "field-patents-2-Holder").inputValue(), SHORT);

    await step(page, 2);
    const holderFinding = page.locator('[data-testid="finding"][data-rule="holder_name_match"]');
    await holderFinding.first().waitFor();
    const text = await holderFinding.first().textContent();
    assert.match(text, /阻断/);
    assert.ok((await holderFinding.first().getByTestId("finding-explanation").textContent()).length > 10);
    assert.match(await holderFinding.first().getByTestId("finding-diff").textContent(), /⟦/);
    await shot(page, "precheck-findings");

    await step(page, 3);
    const verdict = tid(page, "feasibility-verdict");
    assert.equal(await verdict.getAttribute("data-feasible"), "false");
    assert.match(await verdict.textContent(), /无法按期完成/);
    assert.ok((await tid(page, "feasibility-summary").textContent()).length > 0);

    // Back on the materials: the patents with a problem are marked on themselves and open;
    // the filled-in ones fold to one line; "only with problems" hides the clean materials.
    await step(page, 1);
    for (const i of [2, 4]) {
      await tid(page, `item-issues-patents-${i}`).waitFor();
      assert.equal(await tid(page, `item-patents-${i}`).getAttribute("data-issues"), "1");
      assert.notEqual(await tid(page, `item-fold-patents-${i}`).getAttribute("open"), null, `patent ${i + 1} open`);
    }
    assert.equal(await tid(page, "item-issues-patents-3").count(), 0, "patent 3 is clean");
    assert.equal(await tid(page, "item-fold-patents-3").getAttribute("open"), null, "and folded");
    const tall = (await tid(page, "material-patents").boundingBox()).height;
    assert.ok(tall < 1500, `six patents fold to ${tall} px`);
    const all = await page.locator(".precheck-material").count();
    await tid(page, "only-problems").check();
    // Every material still shown carries its problem count (here, missing materials count too).
    await page.waitForFunction(() => document.querySelectorAll(".precheck-material").length ===
      document.querySelectorAll('[data-testid^="material-issues-"]').length);
    assert.ok((await page.locator(".precheck-material").count()) <= all);
    await tid(page, "material-patents").waitFor();
    await page.screenshot({ path: `${SHOTS}/precheck-768x1024-materials-problems.png`, fullPage: true });
    await tid(page, "only-problems").uncheck();
    await page.waitForFunction((n) => document.querySelectorAll(".precheck-material").length === n, all);
    await tid(page, "field-patents-2-Holder").fill(COMPANY);
    await tid(page, "field-patents-4-Holder").fill(COMPANY);
    await step(page, 2);
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="finding"][data-rule="holder_name_match"]'),
    );

    await step(page, 4);
    const signers = ["刘洋", "张敏", "周律师"];
    for (const [i, name] of signers.entries()) {
      await tid(page, "sign-name").fill(name);
      await tid(page, "sign-comment").fill(`第${i + 1}级意见`);
      if (await tid(page, "sign-override").count()) {
        await tid(page, "sign-override").fill("其余阻断为待补材料,客户已承诺今日送达");
      }
      await tid(page, "sign-submit").click();
      const level = ["first", "second", "final"][i];
      await page.waitForFunction(
        (l) => document.querySelector(`[data-testid="signoff-${l}"]`)?.dataset.signed === "true", level);
    }
    await tid(page, "signoff-complete").waitFor();
    await shot(page, "precheck-signed");

    await page.reload();
    await appReady(page);
    await tid(page, "precheck-tab").waitFor();
    await step(page, 4);
    for (const [i, l] of ["first", "second", "final"].entries()) {
      assert.match(await tid(page, `signoff-${l}`).textContent(), new RegExp(signers[i]));
    }
    await step(page, 1);
    assert.equal(await tid(page, "field-patents-2-Holder").inputValue(), COMPANY);
    assert.equal(await tid(page, "field-patents-5-Holder").inputValue(), COMPANY);
    assert.equal(await tid(page, "field-business_licence-0-CompanyName").inputValue(), COMPANY);
    await step(page, 2);
    assert.equal(await page.locator('[data-testid="finding"][data-rule="holder_name_match"]').count(), 0);

    // A change after sign-off reopens review: stale signatures and who must sign again.
    await step(page, 1);
    await tid(page, "item-fold-patents-0").locator("summary").click();
    await tid(page, "field-patents-0-IdNumber").fill("ZL202310000099.X");
    await step(page, 4);
    await tid(page, "must-sign-again").waitFor();
    assert.match(await tid(page, "must-sign-again").textContent(), /初审/);
    assert.ok((await tid(page, "signoff-stale").count()) >= 1);
    assert.deepEqual(page.errors, []);
    await open(page, h.url, "/precheck");
    assert.match(await tid(page, "precheck-row-signed").first().textContent(), /初审— 复核— 终审—/);
  } finally {
    await page.context().close();
  }
});

/** The number in "差 N 个工作日" of a text. */
function shortBy(text) {
  const m = text.match(/差 (\d+) 个工作日/);
  assert.ok(m, `no shortfall in: ${text}`);
  return Number(m[1]);
}

test("stages agree: the case page and the plan's decide-by dates follow the precheck; a system upgrade costs working days", async () => {
  const page = await h.newPage({ width: 768, height: 1024 });
  try {
    // 14 working days to the hard date; the service itself takes 5.
    await createCase(page, h.url, {
      serviceKey: "high_tech_certification",
      company: COMPANY,
      legalRep: "王伟",
      service: "高新技术企业认定",
      urgency: "tender",
      hardDate: addWorkingDays(isoDay(0), 14),
      days: 5,
    });
    const header = tid(page, "header-feasibility");
    assert.equal(await header.getAttribute("data-feasible"), "unknown");
    assert.match(await header.innerText(), /尚未做材料预审/);

    // A patent held under the short form of the name: a holder change of about 15 working days.
    await tid(page, "case-tab-precheck").click();
    await tid(page, "precheck-start").click();
    await step(page, 1);
    await tid(page, "field-business_licence-0-CompanyName").fill(COMPANY);
    await tid(page, "field-patents-0-Holder").fill(SHORT);
    await step(page, 3);
    assert.equal(await tid(page, "feasibility-verdict").getAttribute("data-feasible"), "false");
    const short = shortBy(await tid(page, "feasibility-summary").innerText());

    // The case page says the same, in the same working days.
    await tid(page, "case-tab-overview").click();
    await page.waitForFunction(() => document.querySelector('[data-testid="header-feasibility"]')?.dataset.feasible === "false");
    assert.equal(shortBy(await header.innerText()), short);
    assert.match(await header.innerText(), /按材料预审：需 \d+ 个工作日，可用 14 个/);

    // The plan: the decide-by dates count the precheck's days, so no switch can still save
    // the hard date, and the timeline says why instead of "还有 N 个工作日".
    await tid(page, "case-tab-plan").click();
    await tid(page, "plan-start").click();
    await tid(page, "risk-add").click();
    await tid(page, "risk-title").fill("专利权人名称与营业执照不一致");
    await tid(page, "path-remote_video_verification").check();
    await tid(page, "risk-save").click();
    await tid(page, "decide-entry").waitFor();
    const basis = tid(page, "timeline-basis");
    assert.equal(await basis.getAttribute("data-basis"), "precheck");
    assert.match(await basis.innerText(), /决定日按材料预审的可行性计算/);
    assert.equal(shortBy(await basis.innerText()), short);
    assert.match(await tid(page, "decide-state").innerText(), /已错过/);
    assert.match(await tid(page, "decide-entry").innerText(), /预审算出的修正与办理 \d+ 个工作日/);
    assert.equal(await tid(page, "next-decision").count(), 0);

    // A tax-system upgrade over the next three days closes its working days for this service.
    const upgrade = [1, 2, 3].map((n) => isoDay(n));
    const lost = upgrade.filter(isWorkingDay).length;
    assert.ok(lost > 0, "the pinned week has working days");
    await open(page, h.url, "/library/warnings");
    await tid(page, "warning-add").click();
    await tid(page, "warning-title").fill("税务系统升级");
    await tid(page, "warning-start").fill(upgrade[0]);
    await tid(page, "warning-end").fill(upgrade[2]);
    await tid(page, "warning-department").fill("税务");
    await tid(page, "warning-effect").selectOption("paused");
    await tid(page, "warning-save").click();
    await tid(page, "warning-row").waitFor();

    await tid(page, "nav-cases").click();
    await tid(page, "case-link").click();
    await tid(page, "page-case-detail").waitFor();
    const text = await header.innerText();
    assert.match(text, new RegExp(`可用 ${14 - lost} 个（已扣除政策预警停办 ${lost} 个）`));
    assert.equal(shortBy(text), short + lost, "working days lost are working days");
    await tid(page, "case-tab-precheck").click();
    await step(page, 3);
    assert.match(await tid(page, "feasibility-outage").innerText(), new RegExp(`税务系统升级.*少 ${lost} 个工作日`));
    assert.equal(shortBy(await tid(page, "feasibility-summary").innerText()), short + lost);
    await tid(page, "case-tab-plan").click();
    assert.match(await tid(page, "timeline-basis").innerText(), new RegExp(`另有 ${lost} 个工作日因政策预警停办`));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

const REP_ID = "110105198001011238";
const REP_ID_MASKED = "110105********1238";

async function bankCase(page) {
  await createCase(page, h.url, {
    serviceKey: "bank_account_opening",
    company: COMPANY,
    legalRep: "王伟",
    service: "银行开户",
    urgency: "tender",
    hardDate: isoDay(20),
    days: 3,
  });
  await tid(page, "case-tab-precheck").click();
  await tid(page, "precheck-start").waitFor();
}

test("bank account: legal rep abroad, checks, custom material, masked ID, audit trail, printed report", async () => {
  const page = await h.newPage({ width: 768, height: 1024 });
  try {
    await bankCase(page);
    await tid(page, "precheck-start").click();
    // Who works on this tablet is remembered, not reset to 业务员 on the next visit.
    await tid(page, "precheck-who").fill("陈静");
    await page.reload();
    await appReady(page);
    await tid(page, "precheck-tab").waitFor();
    assert.equal(await tid(page, "precheck-who").inputValue(), "陈静");
    await step(page, 1);
    await tid(page, "legal-rep-presence").selectOption("unavailable");
    await tid(page, "legal-rep-note").fill("在国外,下月回国");
    await tid(page, "legal-rep-note").press("Tab");
    await tid(page, "check-premises_visit").selectOption("problem");

    // The legal representative's ID: masked and read-only until revealed.
    const idField = tid(page, "field-legal_rep_id-0-IdNumber");
    assert.notEqual(await idField.getAttribute("readonly"), null);
    await tid(page, "precheck-reveal").click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="field-legal_rep_id-0-IdNumber"]').readOnly);
    await idField.fill(REP_ID);
    await tid(page, "precheck-reveal").click();
    await page.waitForFunction(
      (m) => document.querySelector('[data-testid="field-legal_rep_id-0-IdNumber"]').value === m, REP_ID_MASKED);

    // A custom material, required, with a seal page and the company name. The form is folded
    // behind one button; opening it puts the cursor in the title.
    assert.equal(await tid(page, "custom-form").count(), 0);
    await tid(page, "custom-open").click();
    await page.waitForFunction(() => document.activeElement?.dataset.testid === "custom-title");
    await tid(page, "custom-title").fill("股东会决议");
    await tid(page, "custom-required").check();
    await tid(page, "custom-seal").check();
    await tid(page, "custom-field-CompanyName").check();
    await tid(page, "custom-form").screenshot({ path: `${SHOTS}/precheck-custom-form.png` });
    await tid(page, "custom-add").click();
    await tid(page, "material-custom_1").waitFor();
    await tid(page, "custom-open").waitFor(); // folded again once the material is added
    await tid(page, "field-custom_1-0-SealPagePresent").waitFor();
    assert.equal(await tid(page, "field-custom_1-0-CompanyName").inputValue(), COMPANY);
    await shot(page, "precheck-materials-extras");
    await tid(page, "legal-rep").screenshot({ path: `${SHOTS}/precheck-legal-rep.png` });

    await step(page, 2);
    const presence = page.locator('[data-testid="finding"][data-rule="legal_rep_presence"]');
    await presence.waitFor();
    assert.match(await presence.getByTestId("finding-severity").textContent(), /阻断/);
    assert.match(await presence.getByTestId("finding-fix").textContent(), /远程视频/);
    assert.match(await presence.getByTestId("finding-location").textContent(), /代办委托书/);
    const pitfall = page.locator('[data-testid="finding"][data-rule="pitfall_check"]', { hasText: "上门核实" });
    assert.match(await pitfall.getByTestId("finding-severity").textContent(), /警/);
    assert.ok((await page.locator('[data-testid="finding"]', { hasText: "股东会决议" }).count()) >= 1);

    await step(page, 1);
    await tid(page, "remove-custom-custom_1").click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="material-custom_1"]'));
    await step(page, 2);
    assert.equal(await page.locator('[data-testid="finding"]', { hasText: "股东会决议" }).count(), 0);

    await step(page, 4);
    await tid(page, "sign-name").fill("刘洋");
    await tid(page, "sign-comment").fill("先办视频核验");
    await tid(page, "sign-override").fill("客户同意远程视频核验,委托书今日寄出");
    await tid(page, "sign-submit").click();
    await page.waitForFunction(() => document.querySelector('[data-testid="signoff-first"]')?.dataset.signed === "true");

    await tid(page, "precheck-audit-toggle").click();
    await tid(page, "audit-entry").first().waitFor();
    const messages = await tid(page, "audit-message").allTextContents();
    assert.match(messages[0], /刘洋 签署初审/, "newest first");
    assert.match(messages.at(-1), /开始预审/);
    const all = messages.join("\n");
    assert.match(all, /法定代表人到场:尚未确认 → 无法到场/);
    assert.match(all, /说明:在国外,下月回国/);
    assert.match(all, /核实事项“银行上门核实时[^”]*”:已核实,存在此问题/);
    assert.match(all, /按服务“银行开户”载入材料清单/);
    assert.match(all, /新增自定义材料“股东会决议”/);
    assert.match(all, /删除自定义材料“股东会决议”/);
    assert.ok(all.includes(REP_ID_MASKED) && !all.includes(REP_ID), "ID masked in the trail");
    assert.match(await tid(page, "audit-time").first().textContent(), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    assert.equal(await tid(page, "audit-who").first().textContent(), "刘洋");
    const chain = tid(page, "precheck-audit-chain");
    assert.equal(await chain.getAttribute("data-intact"), "true");
    assert.match(await chain.textContent(), /审计链完整/);
    await tid(page, "precheck-reveal").click();
    await page.waitForFunction(
      (id) => [...document.querySelectorAll('[data-testid="audit-message"]')].some((e) => e.textContent.includes(id)), REP_ID);
    await tid(page, "precheck-reveal").click();
    await shot(page, "precheck-audit");

    // On paper: the report (findings, feasibility, signatures), not the wizard.
    await page.emulateMedia({ media: "print" });
    assert.ok(await tid(page, "precheck-report").isVisible());
    assert.ok(await tid(page, "report-finding").first().isVisible());
    assert.ok((await tid(page, "report-finding").count()) >= 2);
    assert.ok(await tid(page, "report-feasibility-verdict").isVisible());
    assert.ok(await tid(page, "report-feasibility-summary").isVisible());
    assert.match(await tid(page, "report-sign-first").textContent(), /刘洋.*先办视频核验.*客户同意远程视频核验/);
    assert.match(await tid(page, "report-sign-second").textContent(), /未签/);
    assert.equal(await tid(page, "precheck-body-4").isVisible(), false);
    assert.equal(await tid(page, "precheck-audit").isVisible(), false);
    assert.ok(!(await tid(page, "precheck-report").textContent()).includes(REP_ID));
    // The materials with their item numbers, and the day it was printed.
    assert.ok((await tid(page, "report-material").count()) >= 3);
    assert.match(await tid(page, "report-materials").textContent(), /营业执照/);
    assert.equal(await tid(page, "report-printed-on").textContent(), isoDay(0));
    await shot(page, "precheck-print");
    await page.emulateMedia({ media: "screen" });
    assert.equal(await tid(page, "precheck-report").isVisible(), false);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

/** Presses `key` until the element with test id `id` has the focus; checks the focus shows. */
async function focusTo(page, id, key = "Tab", max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const at = await page.evaluate(() => document.activeElement?.dataset?.testid ?? "");
    if (at === id) {
      const visible = await page.evaluate(() => {
        const el = document.activeElement;
        const cs = getComputedStyle(el);
        return el.matches(":focus-visible") && cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2;
      });
      assert.ok(visible, `focus on ${id} is visible`);
      return;
    }
  }
  assert.fail(`${key} never reached ${id}`);
}

test("keyboard only: the wizard from step 1 to 5 and one signature, at 768×1024", async () => {
  const page = await h.newPage({ width: 768, height: 1024 });
  try {
    await bankCase(page);
    const kb = page.keyboard;
    await focusTo(page, "precheck-start");
    await kb.press("Enter");
    await tid(page, "precheck-step-1").waitFor();

    await focusTo(page, "precheck-step-1");
    await kb.press("Enter");
    await tid(page, "precheck-body-1").waitFor();
    await focusTo(page, "legal-rep-note");
    await kb.type("出差");
    await kb.press("Tab");
    await page.waitForFunction(() => document.querySelector('[data-testid="legal-rep-note"]').value === "出差");

    await focusTo(page, "precheck-step-2", "Shift+Tab");
    await kb.press("Space");
    await tid(page, "precheck-body-2").waitFor();
    await tid(page, "finding").first().waitFor();
    await focusTo(page, "precheck-step-3");
    await kb.press("Enter");
    await tid(page, "feasibility-verdict").waitFor();
    await focusTo(page, "precheck-step-4");
    await kb.press("Enter");
    await tid(page, "precheck-body-4").waitFor();

    await focusTo(page, "sign-name");
    await kb.type("刘洋");
    await focusTo(page, "sign-comment");
    await kb.type("键盘签核");
    await focusTo(page, "sign-override");
    await kb.type("材料今日补齐");
    await focusTo(page, "sign-comment", "Shift+Tab");
    await focusTo(page, "sign-submit");
    await kb.press("Enter");
    await page.waitForFunction(() => document.querySelector('[data-testid="signoff-first"]')?.dataset.signed === "true");
    assert.match(await tid(page, "signoff-first").textContent(), /刘洋.*键盘签核/);

    await focusTo(page, "precheck-audit-toggle");
    await kb.press("Enter");
    await tid(page, "audit-entry").first().waitFor();
    assert.match(await tid(page, "audit-message").first().textContent(), /刘洋 签署初审/);
    assert.match((await tid(page, "audit-message").allTextContents()).join("\n"), /出差/);
    await shot(page, "precheck-keyboard");
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});
