// Storage you can trust, end to end: persistence across reloads and restarts, export and
// import, bad files, offline use, two tabs, and an import cut off by closing the browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { start, open, tid, createCase, launchPersistent, isoDay, appReady } from "./harness.mjs";

let h;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "eg-e2e-"));
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const caseA = { company: "广州示例贸易有限公司", service: "海关备案", urgency: "trade_fair", hardDate: isoDay(1), days: 1 };
const caseB = { company: "杭州示例网络有限公司", service: "税务注销", hardDate: isoDay(12), days: 5 };

async function rowCount(page) {
  await open(page, h.url, "/cases");
  await page.waitForFunction(() => document.querySelector('[data-testid="case-table"], [data-testid="cases-empty"]'));
  return page.getByTestId("case-row").count();
}

/** Clicks an export button and returns the downloaded file's text. */
async function exportAll(page) {
  await open(page, h.url, "/data");
  const [download] = await Promise.all([page.waitForEvent("download"), tid(page, "export-all").click()]);
  assert.match(download.suggestedFilename(), /^expedite-guard-backup-plain-\d{4}-\d{2}-\d{2}-\d{6}-[0-9a-f]{4}\.json$/);
  const file = path.join(tmp, `${crypto.randomUUID()}.json`);
  await download.saveAs(file);
  return fs.readFileSync(file, "utf8");
}

function digest(text) {
  const data = JSON.parse(text).data;
  for (const list of Object.values(data)) list.sort((a, b) => a.id.localeCompare(b.id));
  return crypto.createHash("sha256").update(JSON.stringify(data)).digest("hex");
}

function writeFile(name, text) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

test("data survives a reload and a browser restart", async () => {
  const dir = path.join(tmp, "profile-restart");
  let ctx = await launchPersistent(dir);
  let page = ctx.pages()[0] ?? (await ctx.newPage());
  await createCase(page, h.url, caseA);
  await page.reload();
  assert.equal(await rowCount(page), 1);
  await ctx.close();

  ctx = await launchPersistent(dir);
  page = ctx.pages()[0] ?? (await ctx.newPage());
  assert.equal(await rowCount(page), 1);
  assert.equal(await tid(page, "case-link").innerText(), caseA.company);
  await ctx.close();
});

test("export, wipe, import restores the same data", async () => {
  const page = await h.newPage();
  await createCase(page, h.url, caseA);
  await createCase(page, h.url, caseB);
  await tid(page, "to-precheck").click();
  const first = await exportAll(page);
  assert.equal(await tid(page, "changes-since-export").innerText(), "0");

  // Wipe: drop the database and start again.
  await page.evaluate(() => new Promise((r) => { const q = indexedDB.deleteDatabase("expedite-guard"); q.onsuccess = q.onerror = q.onblocked = r; }));
  await page.reload();
  assert.equal(await rowCount(page), 0);

  await open(page, h.url, "/data");
  await tid(page, "import-file").setInputFiles(writeFile("first.json", first));
  await tid(page, "import-preview").waitFor();
  assert.equal(await tid(page, "preview-cases").getByTestId("pv-new").innerText(), "2");
  await tid(page, "mode-merge").check();
  await tid(page, "import-apply").click();
  await tid(page, "import-done").waitFor();

  const second = await exportAll(page);
  assert.equal(digest(second), digest(first));
  assert.equal(await rowCount(page), 2);
  await page.context().close();
});

/** Imports `text` as a merge and returns the page on the preview. */
async function previewMerge(page, name, text) {
  await open(page, h.url, "/data");
  await tid(page, "import-file").setInputFiles(writeFile(name, text));
  await tid(page, "import-preview").waitFor();
  await tid(page, "mode-merge").check();
}

/** Edits the only case's form fields on this device. */
async function editCase(page, fields) {
  await open(page, h.url, "/cases");
  await tid(page, "case-link").click();
  await tid(page, "edit-case").click();
  for (const [id, value] of Object.entries(fields)) await tid(page, id).fill(value);
  await tid(page, "save-case").click();
  await tid(page, "page-case-detail").waitFor();
}

test("two devices' exports merge field by field: one-sided edits kept, a two-sided one asked with both values", async () => {
  const a = await h.newPage();
  const b = await h.newPage();
  await createCase(a, h.url, caseA);
  await previewMerge(b, "start.json", await exportAll(a));
  await tid(b, "import-apply").click();
  await tid(b, "import-done").waitFor();

  // A changes 备注 and 联系人; B changes 备注 and 法定代表人.
  await editCase(a, { notes: "A：周五补交公章页", "contact-name": "王芳" });
  await editCase(b, { notes: "B：周一补交", "legal-rep": "李强" });

  await previewMerge(a, "from-b.json", await exportAll(b));
  assert.equal(await tid(a, "preview-cases").getByTestId("pv-conflicts").innerText(), "1");
  const item = tid(a, "conflict-item");
  await item.waitFor();
  assert.equal(await item.getByTestId("conflict-company").innerText(), caseA.company);
  const fields = item.getByTestId("conflict-field");
  assert.equal(await fields.count(), 1, "only the field both changed");
  assert.match(await fields.innerText(), /备注/);
  assert.equal(await fields.getByTestId("conflict-ours").innerText(), "A：周五补交公章页");
  assert.equal(await fields.getByTestId("conflict-theirs").innerText(), "B：周一补交");
  await tid(a, "conflict-take-theirs").check();
  await tid(a, "import-apply").click();
  await tid(a, "import-done").waitFor();
  assert.match(await tid(a, "import-done").innerText(), /写入 1 条记录/, "one record really changed");

  // Taking the file's 备注 kept this device's 联系人 and took the file's 法定代表人.
  await open(a, h.url, "/cases");
  await tid(a, "case-link").click();
  await tid(a, "edit-case").click();
  assert.equal(await tid(a, "notes").inputValue(), "B：周一补交");
  assert.equal(await tid(a, "contact-name").inputValue(), "王芳");
  assert.equal(await tid(a, "legal-rep").inputValue(), "李强");
  // Both devices' timeline entries are there.
  await open(a, h.url, "/cases");
  await tid(a, "case-link").click();
  const events = await tid(a, "timeline").locator("li").count();
  assert.equal(events, 3, "created + A's edit + B's edit");

  // B merging A's result back has nothing to ask and ends with the same case.
  await previewMerge(b, "from-a.json", await exportAll(a));
  assert.equal(await tid(b, "preview-cases").getByTestId("pv-conflicts").innerText(), "0");
  assert.equal(await tid(b, "preview-cases").getByTestId("pv-newer").innerText(), "1");
  await tid(b, "import-apply").click();
  await tid(b, "import-done").waitFor();
  assert.equal(digest(await exportAll(b)), digest(await exportAll(a)));
  await a.context().close();
  await b.context().close();
});

test("a bad file is refused with a clear message and changes nothing", async () => {
  const page = await h.newPage();
  await createCase(page, h.url, caseA);
  const bad = [
    ["not-json.json", "this is not json {", /不是有效的 JSON/],
    ["other-app.json", JSON.stringify({ format: "excalidraw", elements: [] }), /不是加急护航的备份文件/],
    ["future.json", JSON.stringify({ format: "expedite-guard-backup", schema_version: 999 }), /更新版本/],
    ["missing.json", JSON.stringify({ format: "expedite-guard-backup", schema_version: 1, data: { cases: [{ id: "x" }] } }), /第 1 条案件记录/],
  ];
  await open(page, h.url, "/data");
  for (const [name, text, message] of bad) {
    await tid(page, "import-file").setInputFiles(writeFile(name, text));
    await tid(page, "import-error").waitFor();
    assert.match(await tid(page, "import-error").innerText(), message, name);
    assert.equal(await tid(page, "import-apply").count(), 0, "nothing to apply");
  }
  assert.equal(await rowCount(page), 1);
  await page.context().close();
});

test("after one visit the app loads and works offline", async () => {
  const page = await h.newPage();
  await open(page, h.url, "/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
  });
  await page.context().setOffline(true);
  await page.reload();
  await appReady(page);
  await createCase(page, h.url, caseB);
  assert.equal(await rowCount(page), 1);
  await page.context().setOffline(false);
  await page.context().close();
});

test("two pages in one browser see each other's edits", async () => {
  const context = await h.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  await open(b, h.url, "/cases");
  await createCase(a, h.url, caseA);
  await b.waitForFunction(() => document.querySelectorAll('[data-testid="case-row"]').length === 1);

  // An edit in B shows up in A, which still has the case open.
  await tid(b, "case-link").click();
  await tid(b, "to-precheck").click();
  await a.waitForFunction(() => document.querySelector('[data-testid="status-badge"]')?.textContent === "预审");
  await context.close();
});

test("two tabs editing one case: no edit is lost; a field both changed is asked about", async () => {
  const context = await h.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  const id = await createCase(a, h.url, caseA);
  const edit = `/cases/${id}/edit`;
  await open(a, h.url, edit);
  await open(b, h.url, edit);
  await tid(a, "case-form").waitFor();
  await tid(b, "case-form").waitFor();

  // A changes 备注 and saves; B, still showing the old 备注, changes 法定代表人 and saves.
  await tid(a, "notes").fill("客户周五补交公章页");
  await tid(a, "save-case").click();
  await tid(a, "page-case-detail").waitFor();
  await tid(b, "edit-stale").waitFor();
  await tid(b, "legal-rep").fill("李强");
  assert.equal(await tid(b, "notes").inputValue(), "", "B still shows the old note");
  await tid(b, "save-case").click();
  await tid(b, "page-case-detail").waitFor();
  await open(b, h.url, edit);
  assert.equal(await tid(b, "notes").inputValue(), "客户周五补交公章页", "A's note survived B's save");
  assert.equal(await tid(b, "legal-rep").inputValue(), "李强");

  // Both change 备注: B is shown both values and chooses; nothing is overwritten unseen.
  await open(a, h.url, edit);
  await tid(a, "notes").fill("A：周一补交");
  await tid(b, "notes").fill("B：周二补交");
  await tid(a, "save-case").click();
  await tid(a, "page-case-detail").waitFor();
  await tid(b, "edit-stale").waitFor();
  await tid(b, "save-case").click();
  const conflict = tid(b, "edit-conflict-field");
  await conflict.waitFor();
  assert.equal(await conflict.count(), 1);
  assert.equal(await conflict.getAttribute("data-field"), "Notes");
  assert.equal(await conflict.getByTestId("conflict-theirs").innerText(), "A：周一补交");
  assert.equal(await conflict.getByTestId("conflict-mine").innerText(), "B：周二补交");
  assert.equal(await tid(b, "save-case").isDisabled(), true);
  await tid(b, "conflict-take-theirs").click();
  await tid(b, "edit-conflict").waitFor({ state: "detached" });
  assert.equal(await tid(b, "notes").inputValue(), "A：周一补交");
  await tid(b, "save-case").click();
  await tid(b, "page-case-detail").waitFor();
  await open(a, h.url, edit);
  assert.equal(await tid(a, "notes").inputValue(), "A：周一补交");
  assert.equal(await tid(a, "legal-rep").inputValue(), "李强");
  await context.close();
});

test("closing the browser in the middle of a large import leaves old or new data, never a mix", async () => {
  const dir = path.join(tmp, "profile-cut");
  let ctx = await launchPersistent(dir);
  let page = ctx.pages()[0] ?? (await ctx.newPage());
  await createCase(page, h.url, caseA);
  const exported = JSON.parse(await exportAll(page));
  const template = exported.data.cases[0];
  const big = { ...exported, data: { cases: [] } };
  for (let i = 0; i < 2000; i++) {
    big.data.cases.push({ ...template, id: crypto.randomUUID(), client: { ...template.client, company_name: `批量公司${i}` } });
  }
  await open(page, h.url, "/data");
  await tid(page, "import-file").setInputFiles(writeFile("big.json", JSON.stringify(big)));
  await tid(page, "import-preview").waitFor();
  await tid(page, "mode-merge").check();
  await tid(page, "import-apply").click();
  await ctx.close(); // mid-import: the write transaction may or may not have committed

  ctx = await launchPersistent(dir);
  page = ctx.pages()[0] ?? (await ctx.newPage());
  await open(page, h.url, "/data");
  const count = Number(await tid(page, "record-count").innerText());
  assert.ok(count === 1 || count === 2001, `expected 1 or 2001 records, found ${count}`);
  await ctx.close();
});
