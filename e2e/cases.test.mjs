// The case register end to end: create in Chinese, survive a reload, switch languages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, tid, shot, SHOTS, fillCase, createCase, seed, isoDay, appReady } from "./harness.mjs";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

test("create a case in Chinese, reload, it is still there", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/cases");
  assert.equal(await page.locator("html").getAttribute("lang"), "zh-CN");
  await assert.doesNotReject(tid(page, "cases-empty").waitFor());

  await tid(page, "new-case").click();
  await tid(page, "save-case").click();
  // An empty form is refused with messages in Chinese, and nothing is saved.
  await tid(page, "form-errors").waitFor();
  assert.match(await page.locator(".field-error").first().innerText(), /请填写/);

  await fillCase(page, {
    company: "深圳示例建设工程有限公司",
    code: "91350100M000100Y43",
    service: "建筑资质升级",
    hardDate: isoDay(10),
    days: 7,
  });
  await tid(page, "save-case").click();
  await tid(page, "page-case-detail").waitFor();
  assert.equal(await tid(page, "case-title").innerText(), "深圳示例建设工程有限公司");
  assert.equal(await tid(page, "status-badge").innerText(), "接案");

  // Move it one stage on; the timeline records it.
  await tid(page, "to-precheck").click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="status-badge"]')?.textContent === "预审",
  );
  assert.match(await tid(page, "timeline").innerText(), /接案 → 预审/);

  await page.reload();
  await appReady(page);
  await tid(page, "page-case-detail").waitFor();
  assert.equal(await tid(page, "status-badge").innerText(), "预审");

  await tid(page, "nav-cases").click();
  await tid(page, "case-table").waitFor();
  assert.equal(await tid(page, "case-row").count(), 1);
  assert.match(await tid(page, "days-left").innerText(), /还剩 10 天/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("edit, filter, archive and restore", async () => {
  const page = await h.newPage();
  await createCase(page, h.url, {
    company: "北京示例咨询有限公司",
    service: "经营范围变更",
    hardDate: isoDay(20),
    days: 5,
  });
  await open(page, h.url, "/cases/new");
  await fillCase(page, {
    company: "上海示例食品有限公司",
    service: "食品经营许可证",
    urgency: "opening",
    hardDate: isoDay(3),
    days: 3,
  });
  await tid(page, "save-case").click();
  await tid(page, "page-case-detail").waitFor();
  await tid(page, "edit-case").click();
  await tid(page, "legal-rep").fill("周杰");
  await tid(page, "save-case").click();
  await tid(page, "page-case-detail").waitFor();
  assert.equal(await tid(page, "fact-legal-rep").innerText(), "周杰");
  assert.match(await tid(page, "timeline").innerText(), /修改了：法定代表人/);

  await tid(page, "nav-cases").click();
  await tid(page, "case-table").waitFor();
  assert.equal(await tid(page, "case-row").count(), 2);
  await tid(page, "filter-text").fill("食品");
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="case-row"]').length === 1);
  await tid(page, "filter-text").fill("");
  await tid(page, "filter-due").selectOption("3");
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="case-row"]').length === 1);
  await tid(page, "filter-due").selectOption("");

  // Sorted by nearest hard date: the food licence (3 days) comes first.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="case-row"]').length === 2);
  assert.equal(await tid(page, "case-link").first().innerText(), "上海示例食品有限公司");

  await tid(page, "case-link").first().click();
  await tid(page, "archive-case").click();
  await tid(page, "archived-note").waitFor();
  await tid(page, "nav-cases").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="case-row"]').length === 1);
  await tid(page, "filter-status").selectOption("archived");
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="case-row"]').length === 1);
  await tid(page, "case-link").click();
  await tid(page, "restore-case").click();
  await tid(page, "edit-case").waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("switch to English and back; the choice is remembered", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/");
  assert.equal(await tid(page, "nav-cases").innerText(), "案件");
  await tid(page, "lang-toggle").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await tid(page, "nav-cases").innerText(), "Cases");
  assert.match(await tid(page, "app-title").innerText(), /Expedite Guard/);
  await page.reload();
  await appReady(page);
  assert.equal(await tid(page, "nav-cases").innerText(), "Cases");
  await tid(page, "lang-toggle").click();
  await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  assert.equal(await tid(page, "nav-cases").innerText(), "案件");
  await page.context().close();
});

test("every area is reachable from the navigation", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/");
  for (const area of ["cases", "precheck", "plan", "response", "retro", "drill", "library", "data", "home"]) {
    await tid(page, `nav-${area}`).click();
    await tid(page, `page-${area}`).waitFor();
    assert.equal(await tid(page, `nav-${area}`).getAttribute("aria-current"), "page");
  }
  await page.goto(`${h.url}#/no-such-page`);
  await tid(page, "page-not-found").waitFor();
  await page.context().close();
});

test("screenshots at tablet and desktop sizes", async () => {
  const sizes = [
    ["768x1024", { width: 768, height: 1024 }],
    ["1024x768", { width: 1024, height: 768 }],
    ["1366x768", { width: 1366, height: 768 }],
  ];
  for (const [name, viewport] of sizes) {
    const page = await h.newPage(viewport);
    await seed(page, h.url);
    await open(page, h.url, "/cases");
    await tid(page, "case-table").waitFor();
    // Nothing overflows the viewport horizontally.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: page is ${overflow}px wider than the viewport`);
    await shot(page, `cases-${name}`);
    await open(page, h.url, "/cases/new");
    await shot(page, `new-case-${name}`);
    await page.context().close();
  }
  console.log(`screenshots: ${SHOTS}`);
});
