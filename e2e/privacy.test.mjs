// Client data stays safe: encrypted export, masked phone numbers, tamper-evident history,
// and erasing a device.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { start, open, tid, createCase, isoDay } from "./harness.mjs";

let h;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "eg-privacy-"));
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const client = { company: "成都示例餐饮管理有限公司", service: "食品经营许可证", urgency: "opening", hardDate: isoDay(3), days: 3 };

async function save(download) {
  const file = path.join(tmp, `${crypto.randomUUID()}.json`);
  await download.saveAs(file);
  return file;
}

async function count(page) {
  await open(page, h.url, "/data");
  return Number(await tid(page, "record-count").innerText());
}

test("an encrypted export needs its passphrase; a wrong one is a clear error", async () => {
  const page = await h.newPage();
  await createCase(page, h.url, client);
  await open(page, h.url, "/data");
  await tid(page, "export-passphrase").fill("short");
  await tid(page, "export-passphrase-repeat").fill("short");
  await tid(page, "export-encrypted").click();
  assert.match(await tid(page, "export-pass-error").innerText(), /至少 8 个字符/);

  await tid(page, "export-passphrase").fill("正确的口令-2026");
  await tid(page, "export-passphrase-repeat").fill("正确的口令-2026");
  const [download] = await Promise.all([page.waitForEvent("download"), tid(page, "export-encrypted").click()]);
  const file = await save(download);
  const text = fs.readFileSync(file, "utf8");
  assert.match(text, /"format":\s*"expedite-guard-encrypted"/);
  assert.ok(!text.includes("成都示例"), "no plain text of the data in the file");

  // A fresh device: the wrong passphrase fails, the right one imports.
  const other = await h.newPage();
  await open(other, h.url, "/data");
  await tid(other, "import-file").setInputFiles(file);
  await other.waitForFunction(() => document.querySelector('[data-testid="import-passphrase"], [data-testid="import-error"]'));
  assert.equal(await tid(other, "import-error").count(), 0, await tid(other, "import-panel").innerText());
  await tid(other, "import-passphrase").fill("错误的口令");
  await tid(other, "import-decrypt").click();
  assert.match(await tid(other, "import-error").innerText(), /口令不对/);
  await tid(other, "import-file").setInputFiles(file);
  await tid(other, "import-passphrase").fill("正确的口令-2026");
  await tid(other, "import-decrypt").click();
  await tid(other, "import-preview").waitFor();
  await tid(other, "import-apply").click();
  await tid(other, "import-done").waitFor();
  assert.equal(await count(other), 1);
  await page.context().close();
  await other.context().close();
});

test("phone numbers are masked until revealed", async () => {
  const page = await h.newPage();
  await createCase(page, h.url, client);
  assert.equal(await tid(page, "fact-phone").innerText(), "138****0000");
  await tid(page, "reveal").click();
  assert.equal(await tid(page, "fact-phone").innerText(), "13800000000");
  await page.context().close();
});

test("an import says clearly when a case's history was altered in the file", async () => {
  const page = await h.newPage();
  await createCase(page, h.url, client);
  await tid(page, "to-precheck").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="status-badge"]')?.textContent === "预审");
  await open(page, h.url, "/data");
  const [download] = await Promise.all([page.waitForEvent("download"), tid(page, "export-all").click()]);
  const text = fs.readFileSync(await save(download), "utf8");
  const forged = text.replace('"to":"precheck"', '"to":"done"');
  assert.notEqual(forged, text);
  const file = path.join(tmp, "forged.json");
  fs.writeFileSync(file, forged);
  await tid(page, "import-file").setInputFiles(file);
  await tid(page, "import-altered").waitFor();
  assert.match(await tid(page, "import-altered").innerText(), /成都示例餐饮管理有限公司/);
  await page.context().close();
});

test("erase all data names what will be lost, offers an export, then erases", async () => {
  const page = await h.newPage();
  await createCase(page, h.url, client);
  await open(page, h.url, "/data");
  await tid(page, "erase-all").click();
  assert.match(await tid(page, "erase-what").innerText(), /案件：1/);
  const [download] = await Promise.all([page.waitForEvent("download"), tid(page, "erase-export-first").click()]);
  assert.match(download.suggestedFilename(), /^expedite-guard-backup-/);
  await tid(page, "erase-confirm-button").click();
  await tid(page, "erase-done").waitFor();
  assert.equal(await count(page), 0);
  await page.reload();
  assert.equal(await count(page), 0);
  await page.context().close();
});
