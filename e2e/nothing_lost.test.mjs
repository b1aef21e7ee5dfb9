// Nothing lost (issue 20), the parts that need a real browser: refusals worded in the user's
// language with serde's text only in a collapsed details line, files in other encodings, what
// a restore offers and names, one safety copy however often "apply" is clicked, a full disk,
// the prompt before closing with unsaved edits, and the retrospective's text kept when leaving
// a field or when another tab saves the same section. Every page runs on the harness's pinned
// clock (`page.clock`, installed by `h.newContext`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { start, open, tid, createCase, fillCase, isoDay } from "./harness.mjs";
import { createScopeCase } from "./retro_steps.mjs";

let h;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "eg-lost-"));
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const caseA = { company: "广州示例贸易有限公司", service: "海关备案", hardDate: isoDay(9), days: 3 };
const caseB = { company: "杭州示例网络有限公司", service: "税务注销", hardDate: isoDay(12), days: 5 };

function writeFile(name, content) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Clicks `button` and returns [suggested file name, text] of the download it starts. */
async function download(page, button) {
  const [d] = await Promise.all([page.waitForEvent("download"), tid(page, button).click()]);
  const file = path.join(tmp, `${crypto.randomUUID()}.json`);
  await d.saveAs(file);
  return [d.suggestedFilename(), fs.readFileSync(file, "utf8")];
}

async function importFile(page, file) {
  await open(page, h.url, "/data");
  await tid(page, "import-file").setInputFiles(file);
}

test("a refused file is explained in the user's language; serde's words only in the details", async () => {
  const page = await h.newPage();
  await createCase(page, h.url, caseA);
  await open(page, h.url, "/data");
  const [name, text] = await download(page, "export-all");
  assert.match(name, /^expedite-guard-backup-plain-\d{4}-\d{2}-\d{2}-\d{6}-[0-9a-f]{4}\.json$/);

  const file = JSON.parse(text);
  file.data.cases[0].promised_working_days = "5";
  await importFile(page, writeFile("typed.json", JSON.stringify(file)));
  const message = tid(page, "import-error-message");
  await message.waitFor();
  const zh = await message.innerText();
  assert.match(zh, /第 1 条案件记录的“承诺工作日”：应为整数，文件里是文字“5”/);
  assert.doesNotMatch(zh, /invalid|expected|\$\.|u32/);
  assert.match(await tid(page, "import-error-details").innerText(), /技术细节/);
  assert.match(await tid(page, "import-error-details").locator("code").textContent(), /invalid type: string "5", expected u32/);

  // The same refusal, re-worded when the language changes (a typed error, not a kept string).
  await tid(page, "lang-toggle").click();
  assert.match(await message.innerText(), /Case record 1, “Promised working days”: it should be a whole number/);
  await tid(page, "lang-toggle").click();
  assert.match(await message.innerText(), /承诺工作日/);

  // GBK bytes: named as an encoding problem, not "not JSON".
  const gbk = Buffer.concat([Buffer.from('{"format":"'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('"}')]);
  await tid(page, "import-file").setInputFiles(writeFile("gbk.json", gbk));
  await page.waitForFunction(() => /UTF-8/.test(document.querySelector('[data-testid="import-error-message"]')?.textContent ?? ""));
  assert.match(await message.innerText(), /不是 UTF-8 编码.*GBK/);

  // The same backup saved as UTF-16 by a Windows editor reads like the original.
  await tid(page, "import-file").setInputFiles(writeFile("utf16.json", Buffer.from(`\ufeff${text}`, "utf16le")));
  await tid(page, "import-preview").waitFor();
  assert.equal(await tid(page, "preview-cases").getByTestId("pv-new").innerText(), "0");
  await page.context().close();
});

test("restore is offered for whole backups only, names what it loses, and makes one safety copy", async () => {
  const page = await h.newPage();
  const downloads = [];
  page.on("download", (d) => downloads.push(d.suggestedFilename()));
  const idA = await createCase(page, h.url, caseA);

  // A one-case file can be merged or copied, never restored over everything.
  const [caseName, caseText] = await download(page, "export-case");
  assert.match(caseName, /^expedite-guard-case-[0-9a-f]{6}-plain-\d{4}-\d{2}-\d{2}-\d{6}-[0-9a-f]{4}\.json$/);
  await importFile(page, writeFile("one-case.json", caseText));
  await tid(page, "import-preview").waitFor();
  await tid(page, "restore-not-offered").waitFor();
  assert.equal(await tid(page, "mode-restore").count(), 0);

  // A whole backup holding A; then B is added and A edited here.
  await open(page, h.url, "/data");
  const [, whole] = await download(page, "export-all");
  await createCase(page, h.url, caseB);
  await open(page, h.url, `/cases/${idA}/edit`);
  await tid(page, "notes").fill("备份之后在本机补充的备注");
  await tid(page, "save-case").click();
  await tid(page, "page-case-detail").waitFor();

  await importFile(page, writeFile("whole.json", whole));
  await tid(page, "import-preview").waitFor();
  await tid(page, "mode-restore").check();
  await tid(page, "import-apply").click();
  const warning = tid(page, "restore-warning");
  await warning.waitFor();
  assert.match(await tid(page, "restore-lost-only-here").innerText(), new RegExp(caseB.company));
  assert.match(await tid(page, "restore-lost-edited").innerText(), new RegExp(caseA.company));

  // Three clicks on "confirm": one restore, one safety copy (of the data as it was).
  const before = downloads.length;
  const [safety] = await Promise.all([
    page.waitForEvent("download"),
    page.evaluate(() => {
      const b = document.querySelector('[data-testid="import-apply"]');
      b.click();
      b.click();
      b.click();
    }),
  ]);
  await tid(page, "import-done").waitFor();
  assert.equal(downloads.length - before, 1, "exactly one safety copy");
  const copy = path.join(tmp, "safety.json");
  await safety.saveAs(copy);
  const saved = JSON.parse(fs.readFileSync(copy, "utf8"));
  assert.equal(saved.data.cases.length, 2, "the safety copy holds the data as it was");
  assert.match(JSON.stringify(saved), /备份之后在本机补充的备注/);
  await open(page, h.url, "/cases");
  assert.equal(await tid(page, "case-row").count(), 1);
  await page.context().close();
});

test("a full disk is named, the edit stays on the page, closing asks first; the data screen shows the estimate", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/data");
  await page.waitForFunction(() => /MB/.test(document.querySelector('[data-testid="space-used"]')?.textContent ?? ""));
  assert.doesNotMatch(await tid(page, "space-used").innerText(), /—/);

  // The disk is full. CDP's Storage.overrideQuotaForOrigin has no effect on this Chromium
  // (measured: the estimate stays at 10 GB and a 200 KB write commits), so IndexedDB is made
  // to do what it does on a full disk: abort the write's transaction with QuotaExceededError.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    window.__restoreDisk = () => (IDBObjectStore.prototype.put = put);
    IDBObjectStore.prototype.put = function (...args) {
      const request = put.apply(this, args);
      const tx = this.transaction;
      Object.defineProperty(tx, "error", { get: () => new DOMException("Quota exceeded.", "QuotaExceededError") });
      tx.abort();
      return request;
    };
  });
  await open(page, h.url, "/cases/new");
  await fillCase(page, { ...caseA, company: "存储已满测试有限公司" });
  await tid(page, "save-case").click();
  await tid(page, "save-error").waitFor();
  assert.match(await tid(page, "save-error-message").innerText(), /存储空间已满/);
  assert.doesNotMatch(await tid(page, "save-error").innerText(), /中止/);
  await open(page, h.url, "/cases");
  assert.match(await tid(page, "case-link").first().innerText(), /存储已满测试有限公司/, "the edit is still shown");

  // Closing the tab now asks first.
  const dialog = new Promise((resolve) => page.once("dialog", (d) => resolve(d)));
  await page.close({ runBeforeUnload: true });
  const d = await dialog;
  assert.equal(d.type(), "beforeunload");
  await d.dismiss();
  assert.equal(page.isClosed(), false, "the page stays open");

  // Space freed: "retry" stores the kept edit, and closing no longer asks.
  await page.evaluate(() => window.__restoreDisk());
  await tid(page, "retry-save").click();
  await tid(page, "save-error").waitFor({ state: "detached" });
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.appReady === "true");
  assert.match(await tid(page, "case-link").first().innerText(), /存储已满测试有限公司/, "stored after the retry");
  await page.context().close();
});

test("retrospective text is saved on leaving the field, asks before closing, and never overwrites another tab unseen", async () => {
  const context = await h.newContext();
  const a = await context.newPage();
  const caseId = await createScopeCase(a, h.url);
  await open(a, h.url, `/cases/${caseId}/retro`);
  await tid(a, "retro-start").click();
  await tid(a, "retro-notes").waitFor();

  // Typed, then the focus moves on: saved without pressing 保存, and still there after a reload.
  await tid(a, "retro-notes").fill("参加人：张敏、刘洋。");
  await tid(a, "retro-well").focus();
  await a.reload();
  await tid(a, "retro-notes").waitFor();
  assert.equal(await tid(a, "retro-notes").inputValue(), "参加人：张敏、刘洋。");

  // Typed and not left yet: closing asks first.
  const b = await context.newPage();
  await open(b, h.url, `/cases/${caseId}/retro`);
  await tid(b, "retro-notes").click(); // a real click: a page asks before closing only after one
  await tid(b, "retro-notes").fill("B 正在写的记录");
  const dialog = new Promise((resolve) => b.once("dialog", (d) => resolve(d)));
  await b.close({ runBeforeUnload: true });
  const d = await dialog;
  assert.equal(d.type(), "beforeunload");
  await d.dismiss();

  // A saves the same section meanwhile: B is shown A's text and chooses; nothing is overwritten.
  await tid(a, "retro-notes").fill("A 保存的记录");
  await tid(a, "retro-well").focus();
  await tid(b, "retro-stale").waitFor();
  assert.match(await tid(b, "retro-stale-theirs").innerText(), /A 保存的记录/);
  assert.equal(await tid(b, "retro-notes").inputValue(), "B 正在写的记录");
  assert.equal(await tid(b, "retro-notes-save").isDisabled(), true);
  await tid(b, "retro-stale-keep-mine").click();
  await tid(b, "retro-notes-save").click();
  await tid(b, "retro-notes-saved").filter({ hasText: "已保存" }).waitFor();
  // A had nothing unsaved: it follows B's text.
  await a.waitForFunction(() => document.querySelector('[data-testid="retro-notes"]')?.value === "B 正在写的记录");
  await context.close();
});

test("the policy-warning form saves against the version it opened: other tabs' changes kept, a field both changed asked", async () => {
  const context = await h.newContext();
  const a = await context.newPage();
  await open(a, h.url, "/library/warnings");
  await tid(a, "warning-add").click();
  await tid(a, "warning-title").fill("电子税务局系统升级");
  await tid(a, "warning-start").fill(isoDay(3));
  await tid(a, "warning-end").fill(isoDay(5));
  await tid(a, "warning-save").click();
  await tid(a, "warning-row").waitFor();

  // Both tabs open the same warning's form.
  const b = await context.newPage();
  await open(b, h.url, "/library/warnings");
  await tid(a, "warning-edit").click();
  await tid(b, "warning-edit").click();

  // A changes the note and saves; B, still on the old version, changes the title and saves.
  await tid(a, "warning-note").fill("A：以税务局公告为准");
  await tid(a, "warning-save").click();
  await tid(b, "warning-stale").waitFor();
  await tid(b, "warning-title").fill("电子税务局系统升级（延长）");
  await tid(b, "warning-save").click();
  await b.waitForFunction(() => document.querySelector('[data-testid="warning-row-title"]')?.textContent === "电子税务局系统升级（延长）");
  await tid(b, "warning-edit").click();
  assert.equal(await tid(b, "warning-note").inputValue(), "A：以税务局公告为准", "A's note is kept");
  await tid(b, "warning-cancel").click();

  // Both change the title: B is asked, with both values, and saves only once settled.
  await a.waitForFunction(() => document.querySelector('[data-testid="warning-row-title"]')?.textContent === "电子税务局系统升级（延长）");
  await tid(a, "warning-edit").click();
  await tid(b, "warning-edit").click();
  await tid(a, "warning-title").fill("A 的标题");
  await tid(a, "warning-save").click();
  await tid(b, "warning-stale").waitFor();
  await tid(b, "warning-title").fill("B 的标题");
  await tid(b, "warning-save").click();
  await tid(b, "warning-conflict").waitFor();
  assert.match(await tid(b, "warning-conflict-field").innerText(), /预警标题.*你的：B 的标题；对方的：A 的标题/);
  assert.equal(await tid(b, "warning-save").isDisabled(), true);
  await tid(b, "warning-conflict-theirs").click();
  assert.equal(await tid(b, "warning-title").inputValue(), "A 的标题");
  await tid(b, "warning-save").click();
  await b.waitForFunction(() => document.querySelector('[data-testid="warning-row-title"]')?.textContent === "A 的标题");
  await context.close();
});

test("plan settings forms save against what they were typed on: another tab's fields kept, a field both changed shown", async () => {
  const context = await h.newContext();
  const a = await context.newPage();
  const caseId = await createScopeCase(a, h.url);
  await open(a, h.url, `/cases/${caseId}/plan`);
  await tid(a, "plan-start").click();
  await tid(a, "comms-person").waitFor();
  const b = await context.newPage();
  await open(b, h.url, `/cases/${caseId}/plan`);
  await tid(b, "comms-person").waitFor();

  // A's saves reach B in order: B has seen A's comms once it shows A's agency name (a form
  // B has not touched follows the store).
  let mark = 0;
  async function aSaves(field, value) {
    await tid(a, field).fill(value);
    await tid(a, "comms-save").click();
    mark += 1;
    await tid(a, "clause-agency").fill(`示例财税服务 ${mark}`);
    await tid(a, "clause-settings-save").click();
    await b.waitForFunction((m) => document.querySelector('[data-testid="clause-agency"]')?.value === `示例财税服务 ${m}`, mark);
  }

  // B has typed the channel when A's contact arrives; B's save keeps both.
  await tid(b, "comms-channel").fill("企业微信群");
  await aSaves("comms-person", "客户王总");
  await tid(b, "comms-save").click();
  await a.waitForFunction(() => document.querySelector('[data-testid="comms-channel"]')?.value === "企业微信群");

  assert.equal(await tid(a, "comms-person").inputValue(), "客户王总", "A's contact is kept");
  assert.equal(await tid(b, "comms-person").inputValue(), "客户王总");
  assert.equal(await tid(b, "settings-conflict").count(), 0);

  // Both change the contact: B is shown A's value; a second save keeps B's.
  await tid(b, "comms-person").fill("客户李总");
  await aSaves("comms-person", "客户赵总");
  await tid(b, "comms-save").click();
  await tid(b, "settings-conflict").waitFor();
  assert.match(await tid(b, "settings-conflict-field").innerText(), /客户联系人：对方的是“客户赵总”/);
  assert.equal(await tid(b, "comms-person").inputValue(), "客户李总");
  await tid(b, "comms-save").click();
  await a.waitForFunction(() => document.querySelector('[data-testid="comms-person"]')?.value === "客户李总");
  await context.close();
});

test("a custom service edited in two tabs: one-sided changes kept, a field both changed shown before it is overwritten", async () => {
  const context = await h.newContext();
  const a = await context.newPage();
  await open(a, h.url, "/library/catalog");
  await tid(a, "new-service").click();
  await tid(a, "svc-key").fill("fire_safety_filing");
  await tid(a, "svc-name-zh").fill("消防验收备案");
  await tid(a, "svc-name-en").fill("Fire safety filing");
  await tid(a, "svc-days").fill("7");
  await tid(a, "dep-zh").fill("住房和城乡建设局");
  await tid(a, "material-row").first().getByTestId("mat-name-zh").fill("消防设计文件");
  await tid(a, "save-service").click();
  await tid(a, "page-lib-service").waitFor();

  const b = await context.newPage();
  await open(b, h.url, "/library/catalog/fire_safety_filing");
  await tid(a, "edit-service").click();
  await tid(b, "edit-service").click();
  // A renames it; B, on the old version, changes the duration.
  await tid(a, "svc-name-zh").fill("消防验收备案（新）");
  await tid(a, "save-service").click();
  await tid(b, "service-stale").waitFor();
  await tid(b, "svc-days").fill("9");
  await tid(b, "save-service").click();
  await tid(b, "page-lib-service").waitFor();
  assert.equal(await tid(b, "service-title").innerText(), "消防验收备案（新）", "A's name kept");
  assert.match(await tid(b, "service-days").innerText(), /9/);

  // Both change the duration: B is shown A's value first; a second save keeps B's.
  await tid(a, "page-lib-service").waitFor();
  await a.waitForFunction(() => /9/.test(document.querySelector('[data-testid="service-days"]')?.textContent ?? ""));
  await tid(a, "edit-service").click();
  await tid(b, "edit-service").click();
  await tid(a, "svc-days").fill("4");
  await tid(a, "save-service").click();
  await tid(b, "service-stale").waitFor();
  await tid(b, "svc-days").fill("11");
  await tid(b, "save-service").click();
  await tid(b, "service-conflict").waitFor();
  assert.match(await tid(b, "service-conflict-field").first().innerText(), /4/);
  assert.equal(await tid(b, "svc-days").inputValue(), "11");
  await tid(b, "save-service").click();
  await tid(b, "page-lib-service").waitFor();
  assert.match(await tid(b, "service-days").innerText(), /11/);
  await context.close();
});

test("a pre-mortem cause edited in two tabs: the other tab's text is shown at once, with 'use theirs'", async () => {
  const context = await h.newContext();
  const a = await context.newPage();
  const caseId = await createScopeCase(a, h.url);
  await open(a, h.url, `/cases/${caseId}/plan`);
  await tid(a, "plan-start").click();
  await tid(a, "cause-author").fill("刘洋");
  await tid(a, "cause-text").fill("银行拒绝开户");
  await tid(a, "add-cause").click();
  await tid(a, "cause-item").waitFor();
  const b = await context.newPage();
  await open(b, h.url, `/cases/${caseId}/plan`);
  await tid(b, "cause-author").fill("刘洋");
  await tid(b, "cause-item").waitFor();

  await tid(a, "cause-edit").click();
  await tid(b, "cause-edit").click();
  await tid(b, "cause-edit-text").fill("B 的说法");
  await tid(a, "cause-edit-text").fill("首选银行拒绝开户");
  await tid(a, "cause-save").click();
  await tid(b, "cause-edit-stale").waitFor();
  assert.match(await tid(b, "cause-edit-stale").innerText(), /首选银行拒绝开户/);
  assert.equal(await tid(b, "cause-edit-text").inputValue(), "B 的说法", "B's typing is kept until B chooses");
  await tid(b, "cause-edit-take-theirs").click();
  assert.equal(await tid(b, "cause-edit-text").inputValue(), "首选银行拒绝开户");
  await tid(b, "cause-edit-stale").waitFor({ state: "detached" });
  await context.close();
});

test("a retrospective action item edited in two tabs: the other tab's version is shown at once, with 'use theirs'", async () => {
  const context = await h.newContext();
  const a = await context.newPage();
  const caseId = await createScopeCase(a, h.url);
  await open(a, h.url, `/cases/${caseId}/retro`);
  await tid(a, "retro-start").click();
  await tid(a, "action-text").fill("编写经营范围表述手册");
  await tid(a, "action-owner").fill("张敏");
  await tid(a, "action-days").fill("10");
  await tid(a, "action-add").click();
  await tid(a, "action-edit").waitFor();
  const b = await context.newPage();
  await open(b, h.url, `/cases/${caseId}/retro`);
  await tid(b, "action-edit").click();
  await tid(a, "action-edit").click();
  await tid(b, "action-edit-owner").fill("刘洋");
  await tid(a, "action-edit-owner").fill("王芳");
  await tid(a, "action-edit-save").click();
  await tid(b, "action-edit-stale").waitFor();
  assert.match(await tid(b, "action-edit-stale").innerText(), /负责人：王芳/);
  assert.equal(await tid(b, "action-edit-owner").inputValue(), "刘洋", "B's typing is kept until B chooses");
  await tid(b, "action-edit-take-theirs").click();
  assert.equal(await tid(b, "action-edit-owner").inputValue(), "王芳");
  await tid(b, "action-edit-stale").waitFor({ state: "detached" });
  await context.close();
});

test("a save refused because another tab saved first: 'keep mine' merges field by field (code loaded on use)", async () => {
  const context = await h.newContext();
  const a = await context.newPage();
  const caseId = await createCase(a, h.url, caseA);
  // Tab B hears nothing from A (no BroadcastChannel), so its next save is based on an old
  // revision and the store refuses it as a conflict.
  const b = await context.newPage();
  await b.addInitScript(() => {
    delete window.BroadcastChannel;
  });
  const fetched = [];
  b.on("request", (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
  await open(b, h.url, `/cases/${caseId}/edit`);
  await tid(b, "legal-rep").waitFor();

  await open(a, h.url, `/cases/${caseId}/edit`);
  await tid(a, "legal-rep").fill("王芳");
  await tid(a, "save-case").click();
  await tid(a, "page-case-detail").waitFor();

  await tid(b, "contact-name").fill("周杰");
  await tid(b, "save-case").click();
  await tid(b, "conflict-error").waitFor();
  assert.ok(!fetched.some((f) => f.startsWith("split_field_merge-")), "the merge is not loaded before it is needed");
  await tid(b, "conflict-keep-mine").click();
  await b.waitForFunction(() => !document.querySelector('[data-testid="conflict-error"]'));
  assert.ok(fetched.some((f) => f.startsWith("split_field_merge-")), "'keep mine' loads the merge");

  // Both edits are stored: A's legal representative and B's contact.
  await a.reload();
  await open(a, h.url, `/cases/${caseId}/edit`);
  await tid(a, "legal-rep").waitFor();
  assert.equal(await tid(a, "legal-rep").inputValue(), "王芳");
  assert.equal(await tid(a, "contact-name").inputValue(), "周杰");
  assert.equal(a.errors?.length ?? 0, 0);
  await context.close();
});
