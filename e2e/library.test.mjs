// 资料库 end to end: the working-day calculator across Spring Festival, the credit-code / ID /
// company-name checks, adding a custom service type, and importing a holiday year.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { start, open, tid, shot, appReady } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let h;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "eg-lib-"));
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Waits until a test id's text matches. */
async function textOf(page, id, pattern) {
  await page.waitForFunction(
    ([id, source]) => new RegExp(source).test(document.querySelector(`[data-testid="${id}"]`)?.textContent ?? ""),
    [id, pattern.source],
  );
  return tid(page, id).innerText();
}

test("landing page links every screen and the nav stays on 资料库", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/library");
  await tid(page, "page-library").waitFor();
  assert.equal(await tid(page, "nav-library").getAttribute("aria-current"), "page");
  for (const [slug, pageId] of [
    ["workdays", "page-lib-workdays"],
    ["ids", "page-lib-ids"],
    ["catalog", "page-lib-catalog"],
    ["holidays", "page-lib-holidays"],
    ["rules", "page-lib-rules"],
  ]) {
    await open(page, h.url, "/library");
    await tid(page, `lib-card-${slug}`).click();
    await tid(page, pageId).waitFor();
    assert.equal(await tid(page, `lib-tab-${slug}`).getAttribute("aria-current"), "page");
    assert.equal(await tid(page, "nav-library").getAttribute("aria-current"), "page");
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("working-day calculator across Spring Festival 2026, both ways", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/library/workdays");
  await tid(page, "wd-start").fill("2026-02-13");
  await tid(page, "wd-days").fill("1");
  // Friday + 1 working day = the make-up Saturday before the break.
  assert.equal(await textOf(page, "wd-due", /2026-02-14/), "2026-02-14");
  assert.match(await tid(page, "wd-due-kind").innerText(), /调休上班（春节）/);

  await tid(page, "wd-days").fill("2");
  assert.equal(await textOf(page, "wd-due", /2026-02-24/), "2026-02-24");
  const holidays = await tid(page, "wd-holiday").allInnerTexts();
  assert.equal(holidays.length, 1);
  assert.match(holidays[0], /春节 2026-02-15（周日） – 2026-02-23（周一），9 天/);
  assert.match(await tid(page, "wd-makeup").innerText(), /2026-02-14（周六）/);
  assert.equal(await tid(page, "wd-uncovered").count(), 0);

  // Too many working days: the domain's own message, in Chinese.
  await tid(page, "wd-days").fill("20000");
  assert.match(await textOf(page, "wd-error", /最多支持/), /要求顺延 20000 个工作日，最多支持 10000 个/);
  // Past the data: the answer comes with the warning.
  await tid(page, "wd-start").fill("2026-12-28");
  await tid(page, "wd-days").fill("5");
  assert.match(await textOf(page, "wd-uncovered", /2027/), /2027 年假期安排未导入/);

  // Reverse: from the Friday before the break to the first day back.
  await tid(page, "wc-from").fill("2026-02-13");
  await tid(page, "wc-to").fill("2026-02-24");
  assert.equal(await textOf(page, "wc-days", /^2$/), "2");
  assert.match(await tid(page, "wc-holiday").innerText(), /春节/);

  // In English, the same page speaks English.
  await tid(page, "lang-toggle").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.match(await tid(page, "wd-uncovered").innerText(), /No holiday data for 2027/);
  assert.match(await tid(page, "wc-result").innerText(), /working days/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("credit code, ID number and company names checked by hand", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/library/ids");

  await tid(page, "cc-input").fill("91350100M000100Y47");
  assert.match(await textOf(page, "cc-verdict", /不通过/), /✗/);
  assert.equal(await tid(page, "cc-expected").innerText(), "3");
  assert.match(await tid(page, "cc-message").innerText(), /第 18 位应为“3”，实际是“7”/);
  await tid(page, "cc-input").fill(" 91350100m000100y43 ");
  assert.match(await textOf(page, "cc-verdict", /通过/), /✓ 校验通过/);
  assert.match(await tid(page, "cc-normalized").innerText(), /91350100M000100Y43/);
  await tid(page, "cc-input").fill("91350100M0001O0Y43");
  assert.match(await textOf(page, "cc-message", /第 \d+ 位/), /第 14 位是字母“O”/);

  await tid(page, "idc-input").fill("11010519491231002x");
  assert.match(await textOf(page, "idc-verdict", /通过/), /✓/);
  assert.equal(await tid(page, "idc-birth").innerText(), "1949-12-31");
  assert.match(await tid(page, "idc-normalized").innerText(), /11010519491231002X/);
  await tid(page, "idc-input").fill("110105194912310021");
  assert.match(await textOf(page, "idc-verdict", /不通过/), /✗/);
  assert.equal(await tid(page, "idc-expected").innerText(), "X");

  await tid(page, "nc-reference").fill("深圳示例科技有限责任公司");
  await tid(page, "nc-other").fill("深圳示例科技有限公司");
  assert.match(await textOf(page, "nc-verdict", /不一致/), /✗ 名称不一致/);
  // The missing 责任 is marked with text, not only colour.
  // (Screen readers hear "只在营业执照中：" in place of the bracket.)
  assert.match(await tid(page, "nc-del").textContent(), /^⟦−只在营业执照中：责任⟧$/);
  assert.equal(await tid(page, "nc-ins").count(), 0);
  assert.match(await tid(page, "nc-kind-company_form_suffix").innerText(), /有限公司.*有限责任公司/);
  await tid(page, "nc-other").fill("深圳示例科技有限责任公司");
  assert.match(await textOf(page, "nc-verdict", /一致/), /✓/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("add a custom service type, see it after a reload, copy a built-in one and archive it", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/library/catalog");
  const builtins = await tid(page, "service-item").count();
  assert.ok(builtins >= 16, `${builtins} built-in services`);
  await tid(page, "new-service").click();
  await tid(page, "service-form").waitFor();

  // Refused with the catalog's own message while the key is missing; nothing is stored.
  await tid(page, "save-service").click();
  assert.match(await textOf(page, "service-form-error", /编码/), /服务编码「」为空/);
  await tid(page, "svc-key").fill("scope_change");
  await tid(page, "save-service").click();
  assert.match(await textOf(page, "service-form-error", /内置/), /已被内置服务使用/);

  await tid(page, "svc-key").fill("fire_safety_filing");
  await tid(page, "svc-name-zh").fill("消防验收备案");
  await tid(page, "svc-name-en").fill("Fire safety filing");
  await tid(page, "svc-days").fill("7");
  await tid(page, "dep-zh").fill("住房和城乡建设局");
  await tid(page, "dep-add").click();
  await tid(page, "dep-zh").nth(1).fill("消防救援支队");
  const material = tid(page, "material-row").first();
  await material.getByTestId("mat-name-zh").fill("消防设计文件");
  await material.getByTestId("mat-seal").check();
  await material.getByTestId("mat-accept-later").check();
  await tid(page, "mat-add").click();
  const second = tid(page, "material-row").nth(1);
  await second.getByTestId("mat-name-zh").fill("竣工图纸");
  await second.getByTestId("mat-required").uncheck();
  await tid(page, "pit-add").click();
  const pitfall = tid(page, "pitfall-row").first();
  await pitfall.getByTestId("pit-text-zh").fill("图纸与现场不一致");
  await pitfall.getByTestId("pit-fix-zh").fill("先按现场出具变更图纸");
  await pitfall.getByTestId("pit-days").fill("5");
  await pitfall.getByTestId("pit-severity").selectOption("blocker");
  await tid(page, "save-service").click();

  await tid(page, "page-lib-service").waitFor();
  assert.equal(await tid(page, "service-title").innerText(), "消防验收备案");
  await page.reload();
  await appReady(page);
  assert.equal(await textOf(page, "service-title", /消防/), "消防验收备案");
  assert.equal(await tid(page, "service-departments").innerText(), "住房和城乡建设局、消防救援支队");
  assert.equal(await tid(page, "service-worst-days").innerText(), "12 个工作日");
  assert.equal(await tid(page, "material-item").count(), 2);
  assert.equal(await tid(page, "material-item").first().getByTestId("flag-seal").innerText(), "需盖章页");
  assert.equal(await tid(page, "material-item").nth(1).getByTestId("material-required").innerText(), "选交");
  assert.equal(await tid(page, "pitfall-severity").innerText(), "阻断");
  assert.match(await tid(page, "pitfall-source").innerText(), /请以当地规定核实/);

  await tid(page, "lib-tab-catalog").click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="service-item"]').length === n, builtins + 1);
  await tid(page, "catalog-filter").fill("消防");
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="service-item"]').length === 1);
  assert.equal(await tid(page, "service-origin").innerText(), "自定义");

  // Edit: the key is fixed, the rest can change.
  await tid(page, "service-link").click();
  await tid(page, "edit-service").click();
  assert.equal(await tid(page, "svc-key").isDisabled(), true);
  await tid(page, "svc-days").fill("6");
  await tid(page, "save-service").click();
  assert.equal(await textOf(page, "service-days", /6/), "6 个工作日");

  // A built-in service, copied as the start of a custom one, then archived.
  await open(page, h.url, "/library/catalog/trademark_registration");
  assert.equal(await tid(page, "edit-service").count(), 0);
  assert.ok((await tid(page, "local-check").count()) > 0, "practice facts carry the local-rules caveat");
  await tid(page, "copy-service").click();
  assert.equal(await tid(page, "svc-key").inputValue(), "trademark_registration_local1");
  await tid(page, "save-service").click();
  await tid(page, "archive-service").waitFor();
  assert.match(await tid(page, "service-title").innerText(), /（本地版）/);
  await tid(page, "archive-service").click();
  await tid(page, "page-lib-catalog").waitFor();
  assert.match(await tid(page, "archived-service").innerText(), /trademark_registration_local1/);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="service-item"]').length === n, builtins + 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("import a 2027 holiday file: preview, save, covered, used by the calculator", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/library/holidays");
  for (const year of [2024, 2025, 2026]) {
    assert.equal(await tid(page, `year-${year}`).getByTestId("year-origin").innerText(), "内置");
  }
  assert.equal(await tid(page, "year-2027").count(), 0);

  // A broken file is refused with the reason, and nothing is stored.
  const bad = path.join(tmp, "bad.json");
  fs.writeFileSync(bad, JSON.stringify({ year: 2027, papers: [], days: [] }));
  await tid(page, "year-file").setInputFiles(bad);
  assert.match(await textOf(page, "year-error", /2027/), /没有列出任何日期/);
  assert.equal(await tid(page, "year-2027").count(), 0);

  // Test data only (not the official 2027 schedule): one New Year break and its make-up day.
  const good = path.join(tmp, "2027.json");
  fs.writeFileSync(
    good,
    JSON.stringify({
      year: 2027,
      papers: ["测试数据"],
      days: [
        { name: "元旦", date: "2027-01-01", isOffDay: true },
        { name: "元旦", date: "2027-01-02", isOffDay: true },
        { name: "元旦", date: "2027-01-03", isOffDay: true },
        { name: "元旦", date: "2027-01-04", isOffDay: true },
        { name: "元旦", date: "2027-01-09", isOffDay: false },
      ],
    }),
  );
  await tid(page, "year-file").setInputFiles(good);
  await tid(page, "year-preview").waitFor();
  assert.equal(await tid(page, "preview-year").innerText(), "2027");
  assert.equal(await tid(page, "preview-off").innerText(), "4");
  assert.equal(await tid(page, "preview-makeup").innerText(), "1");
  assert.equal(await tid(page, "year-2027").count(), 0, "nothing stored before saving");
  await tid(page, "save-year").click();
  await tid(page, "year-done").waitFor();
  assert.equal(await tid(page, "year-2027").getByTestId("year-origin").innerText(), "导入");

  await page.reload();
  await appReady(page);
  await tid(page, "year-2027").waitFor();
  await tid(page, "lib-tab-workdays").click();
  await tid(page, "wd-start").fill("2026-12-31");
  await tid(page, "wd-days").fill("1");
  // 2027-01-01 … 04 are off in the imported file: the next working day is Tuesday the 5th.
  assert.equal(await textOf(page, "wd-due", /2027-01-05/), "2027-01-05");
  assert.equal(await tid(page, "wd-uncovered").count(), 0);
  assert.match(await tid(page, "wd-holiday").innerText(), /元旦/);

  await open(page, h.url, "/library/holidays");
  await tid(page, "year-2027").getByTestId("remove-year").click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="year-2027"]'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the precheck rule library lists every rule by family with its basis, fix and duration", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/library/rules");
  assert.equal(await tid(page, "rule-family").count(), 6);
  const count = await tid(page, "rule").count();
  assert.ok(count >= 20, `${count} rules listed`);
  const holder = page.locator('[data-testid="rule"][data-rule="holder_name_match"]');
  assert.match(await holder.innerText(), /【阻断】/);
  assert.ok((await holder.getByTestId("rule-basis").innerText()).length > 10, "the basis is written out");
  assert.match(await holder.getByTestId("rule-days").innerText(), /约 \d+ 个工作日/);
  assert.match(await tid(page, "rules-fix-note").innerText(), /专利权人名称变更/);
  await tid(page, "lang-toggle").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.match(await holder.getByTestId("rule-days").innerText(), /about \d+ working day/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("library screens: no serious accessibility issue, no overflow on tablets", async () => {
  const routes = ["/library", "/library/workdays", "/library/ids", "/library/catalog",
    "/library/catalog/high_tech_certification", "/library/new-service", "/library/holidays", "/library/rules"];
  for (const viewport of [{ width: 768, height: 1024 }, { width: 1024, height: 768 }]) {
    const page = await h.newPage(viewport);
    const problems = [];
    for (const route of routes) {
      await open(page, h.url, route);
      if (route === "/library/ids") {
        await tid(page, "nc-reference").fill("深圳示例科技有限责任公司");
        await tid(page, "nc-other").fill("深圳示例科技（深圳）有限公司");
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${route} at ${viewport.width}: ${overflow}px wider than the viewport`);
      await page.evaluate(AXE);
      const found = await page.evaluate(async () => {
        // The library's own content; the shell is covered by security.test.mjs.
        const r = await window.axe.run(document.getElementById("main"), { resultTypes: ["violations"] });
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      });
      for (const p of found) problems.push(`${route}: ${p}`);
      const name = route.replaceAll("/", "-").replace(/^-/, "");
      await shot(page, `${name}-${viewport.width}x${viewport.height}`);
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  }
});
