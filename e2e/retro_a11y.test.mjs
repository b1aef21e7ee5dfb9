// 复盘 at both tablet sizes: action items by keyboard (edit opens with the focus in the form,
// cancel keeps the item, remove asks once more), touch targets, English texts, no horizontal
// overflow and no serious axe violations on the 复盘 tab and the area page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, tid } from "./harness.mjs";
import { createScopeCase, count, layoutProblems } from "./retro_steps.mjs";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

const TABLET = { width: 768, height: 1024 };

test("action items by keyboard at both tablet sizes, in both languages, without axe violations", async () => {
  for (const viewport of [TABLET, { width: 1024, height: 768 }]) {
    const page = await h.newPage(viewport);
    const caseId = await createScopeCase(page, h.url);
    await open(page, h.url, `/cases/${caseId}/retro`);
    await tid(page, "retro-start").click();
    await tid(page, "action-text").fill("复核清单加一项：行业分类");
    await tid(page, "action-owner").fill("张敏");
    await tid(page, "action-days").press("Enter");
    await count(page, "action-item", 1);
    for (const id of ["action-edit", "action-remove", "action-status"]) {
      const box = await tid(page, id).boundingBox();
      assert.ok(box.height >= 44, `${id} is ${box.height}px high`);
    }
    // Edit by keyboard: the focus moves into the form; cancel leaves the item as it was.
    await tid(page, "action-edit").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.dataset.testid === "action-edit-text");
    await page.keyboard.type("（改）");
    await tid(page, "action-edit-cancel").click();
    await tid(page, "action-edit-form").waitFor({ state: "detached" });
    assert.equal(await tid(page, "action-item-text").innerText(), "复核清单加一项：行业分类");
    await tid(page, "action-remove").click();
    await tid(page, "action-remove-cancel").click();
    await count(page, "action-item", 1);
    await tid(page, "retro-notes").fill("notes");
    if (viewport.width === 1024) {
      await tid(page, "lang-toggle").click();
      await page.waitForFunction(() => document.documentElement.lang === "en");
      assert.equal(await tid(page, "action-edit").innerText(), "Edit");
    }
    const problems = [];
    for (const route of [`/cases/${caseId}/retro`, "/retro"]) {
      await open(page, h.url, route);
      await tid(page, route === "/retro" ? "page-retro" : "action-item").waitFor();
      problems.push(...(await layoutProblems(page, route, viewport)));
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
