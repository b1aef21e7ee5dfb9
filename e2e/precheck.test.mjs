// 材料预审 end to end at tablet size: a high-tech certification case whose six patents include
// two with the holder written 深圳示例科技有限公司; the precheck shows the blocker with its
// explanation and the infeasible deadline; fixing the names clears it; three levels sign off
// and everything survives a reload.
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

const COMPANY = "深圳示例科技有限责任公司";
const SHORT = "深圳示例科技有限公司";

async function step(page, i) {
  await tid(page, `precheck-step-${i}`).click();
  await tid(page, `precheck-body-${i}`).waitFor();
}

test("high-tech precheck: holder mismatch blocks, fix, sign off, reload", async () => {
  const page = await h.newPage({ width: 768, height: 1024 });
  try {
    await open(page, h.url, "/cases/new");
    await tid(page, "service-key").selectOption("high_tech_certification");
    await fillCase(page, {
      company: COMPANY,
      legalRep: "王伟",
      service: "高新技术企业认定",
      urgency: "tender",
      hardDate: isoDaysFromNow(6),
      days: 2,
    });
    await tid(page, "save-case").click();
    await tid(page, "page-case-detail").waitFor();
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

    await step(page, 1);
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
    await page.waitForFunction(() => performance.getEntriesByName("app-ready").length > 0);
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
