// 团队同步 Team sync end to end: two browser profiles act as two tablets, syncing through
// pouchdb-server 4.2 (in memory, on 127.0.0.1), which this file starts and stops. The app
// reaches it on its own origin through the reverse-proxy path /couch/ (docs/sync.md), so the
// strict CSP stays as shipped. Clocks are pinned by the harness (`newContext`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import PouchDB from "pouchdb-core";
import memory from "pouchdb-adapter-memory";
import httpAdapter from "pouchdb-adapter-http";
import replication from "pouchdb-replication";
import { start, open, tid, createCase, isoDay, exportAll, importCopies } from "./harness.mjs";
import { startCouch, connectSync } from "./couch.mjs";

PouchDB.plugin(memory).plugin(httpAdapter).plugin(replication);

const DB = "/couch/team";
let h;
let couch;
const proxy = { prefix: "/couch/", target: "", fail: null };
let a;
let b;

async function tablet(name, role) {
  const context = await h.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  await open(page, h.url, "/data");
  await tid(page, "profile-name").fill(name);
  await tid(page, "profile-name").blur();
  await tid(page, "profile-role").selectOption(role);
  return page;
}

const connect = (page) => connectSync(page, h.url, DB, { open, tid });

async function phase(page, want) {
  await page.waitForFunction(
    (w) => document.querySelector('[data-testid="sync-phase"]')?.dataset.phase === w,
    want,
    { timeout: 30_000 },
  );
}

/** Waits until the server holds `n` of the app's documents. */
async function serverHolds(n) {
  for (;;) {
    const all = await couch.json("GET", "/team/_all_docs");
    if (all.body?.rows?.length === n) return all.body.rows;
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  couch = await startCouch();
  proxy.target = couch.url;
  h = await start({ proxy });
  assert.equal((await couch.json("PUT", "/team")).status, 201);
  a = await tablet("王芳", "clerk");
  b = await tablet("刘洋", "supervisor");
  await connect(a);
  await connect(b);
});

after(async () => {
  await h?.close();
  await couch?.stop();
});

test("a case made on tablet A appears on tablet B", async () => {
  await phase(a, "idle");
  await phase(b, "idle");
  const id = await createCase(a, h.url, {
    company: "杭州同步示例有限公司",
    service: "经营范围变更",
    hardDate: isoDay(12),
    days: 5,
  });
  await open(b, h.url, `/cases/${id}`);
  await b.getByTestId("case-title").filter({ hasText: "杭州同步示例有限公司" }).waitFor({ timeout: 10_000 });
  // The server holds it as a CouchDB document with the record's own revision.
  const doc = await couch.json("GET", `/team/cases:${id}?revs_info=true`);
  assert.equal(doc.status, 200);
  assert.match(doc.body._rev, /^\d+-[0-9a-f]{16}$/);
  assert.equal(doc.body.client.company_name, "杭州同步示例有限公司");
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
});

/** Opens the precheck's sign-off step of a case. */
async function signoffStep(page, id) {
  await open(page, h.url, `/cases/${id}/precheck`);
  await tid(page, "precheck-step-4").click();
  await tid(page, "precheck-body-4").waitFor();
}

async function sign(page, id, level, comment, name) {
  await signoffStep(page, id);
  if (name) await tid(page, "sign-name").fill(name);
  await tid(page, "sign-comment").fill(comment);
  if (await tid(page, "sign-override").count()) {
    await tid(page, "sign-override").fill("其余阻断为待补材料，客户已承诺今日送达");
  }
  await tid(page, "sign-submit").click();
  await signed(page, level);
}

async function signed(page, level) {
  await tid(page, `signoff-${level}`).waitFor();
  await page.waitForFunction(
    (l) => document.querySelector(`[data-testid="signoff-${l}"]`)?.dataset.signed === "true",
    level,
    { timeout: 20_000 },
  );
}

test("sign-offs made on A (初审), B (复核) and A (终审) show on both, with the signers' names and an intact trail", async () => {
  const id = await createCase(a, h.url, {
    serviceKey: "high_tech_certification",
    company: "宁波签字示例科技有限公司",
    legalRep: "王伟",
    service: "高新技术企业认定",
    hardDate: isoDay(15),
    days: 5,
  });
  await tid(a, "case-tab-precheck").click();
  await tid(a, "precheck-start").click();
  await tid(a, "precheck-step-1").waitFor();
  // The profile fills the signer's name.
  await signoffStep(a, id);
  assert.equal(await tid(a, "sign-name").inputValue(), "王芳");
  await sign(a, id, "first", "初审：材料齐全");
  await signoffStep(b, id);
  await signed(b, "first");
  assert.equal(await tid(b, "sign-name").inputValue(), "刘洋");
  await sign(b, id, "second", "复核：同意");
  await signoffStep(a, id);
  await signed(a, "second");
  // The final check is the legal officer's, on tablet A: one person never signs two levels,
  // so the name the profile filled in is replaced.
  await sign(a, id, "final", "终审：同意", "周律师");
  await signoffStep(b, id);
  await signed(b, "final");
  for (const page of [a, b]) {
    await tid(page, "signoff-complete").waitFor();
    assert.match(await tid(page, "signoff-first").textContent(), /王芳/);
    assert.match(await tid(page, "signoff-second").textContent(), /刘洋/);
    assert.match(await tid(page, "signoff-final").textContent(), /周律师/);
    assert.equal(await tid(page, "precheck-audit-chain").getAttribute("data-intact"), "true");
  }
});

test("a sign-off trail altered on the server is refused and named, never taken in", async () => {
  await open(a, h.url, "/precheck");
  const prechecks = (await couch.json("GET", "/team/_all_docs?include_docs=true")).body.rows
    .filter((r) => r.id.startsWith("prechecks:"))
    .map((r) => r.doc);
  assert.equal(prechecks.length, 1);
  const forged = { ...prechecks[0], audit: prechecks[0].audit.map((e, i) => (i === 0 ? { ...e, who: "冒名顶替" } : e)) };
  delete forged._revisions;
  assert.equal((await couch.json("PUT", `/team/${forged._id}`, forged)).status, 201);
  await open(b, h.url, "/data");
  await b.getByTestId("sync-refused").filter({ hasText: /被改动过/ }).waitFor({ timeout: 20_000 });
  const caseId = prechecks[0].case_id;
  await signoffStep(b, caseId);
  assert.equal(await tid(b, "precheck-audit-chain").getAttribute("data-intact"), "true");
  assert.doesNotMatch(await tid(b, "precheck-tab").textContent(), /冒名顶替/);
});

test("the same field edited on both tablets offline is one conflict on both, settled once on B", async () => {
  await open(a, h.url, "/cases");
  const id = (await a.getByTestId("case-row").filter({ hasText: "杭州同步示例有限公司" }).getAttribute("data-id")) ?? "";
  assert.ok(id, "a case row carries its id");
  await a.context().setOffline(true);
  await b.context().setOffline(true);
  for (const [page, name] of [
    [a, "杭州同步示例有限公司（A改）"],
    [b, "杭州同步示例有限公司（B改）"],
  ]) {
    await open(page, h.url, `/cases/${id}/edit`);
    await tid(page, "company-name").fill(name);
    await tid(page, "save-case").click();
    await tid(page, "page-case-detail").waitFor();
  }
  await a.context().setOffline(false);
  await b.context().setOffline(false);
  // Both show the same version and flag the same conflict.
  for (const page of [a, b]) {
    await open(page, h.url, `/cases/${id}`);
    await tid(page, "sync-conflict-flag").waitFor({ timeout: 20_000 });
  }
  const titleA = await tid(a, "case-title").textContent();
  const titleB = await tid(b, "case-title").textContent();
  assert.equal(titleA, titleB);
  await open(a, h.url, "/data");
  await open(b, h.url, "/data");
  const revsA = await tid(a, "sync-conflict").getAttribute("data-revs");
  const revsB = await tid(b, "sync-conflict").getAttribute("data-revs");
  assert.equal(revsA, revsB);
  // The server, and PouchDB itself (the reference implementation) as a third replica, see
  // the same winner and the same conflicting revision.
  const onServer = await couch.json("GET", `/team/cases:${id}?conflicts=true`);
  const [shown, other] = revsA.split(" ");
  assert.equal(onServer.body._rev, shown);
  assert.deepEqual(onServer.body._conflicts, [other]);
  const third = new PouchDB(`third-${crypto.randomUUID()}`, { adapter: "memory" });
  await third.replicate.from(`${couch.url}/team`);
  const seen = await third.get(`cases:${id}`, { conflicts: true });
  assert.equal(seen._rev, shown);
  assert.deepEqual(seen._conflicts, [other]);
  const onServerIds = (await couch.json("GET", "/team/_all_docs")).body.rows.map((r) => r.id).sort();
  assert.deepEqual((await third.allDocs()).rows.map((r) => r.id).sort(), onServerIds);

  // Settled once, on B, field by field: the other version's name is picked.
  const otherName = (await tid(b, "other-value").first().textContent()).trim();
  await tid(b, "pick-other").first().check();
  await tid(b, "combine-fields").click();
  await tid(b, "sync-conflict").waitFor({ state: "detached" });
  for (const page of [a, b]) {
    await open(page, h.url, `/cases/${id}`);
    await page.getByTestId("case-title").filter({ hasText: otherName }).waitFor({ timeout: 20_000 });
    assert.equal(await tid(page, "sync-conflict-flag").count(), 0);
  }
  for (;;) {
    const settled = await couch.json("GET", `/team/cases:${id}?conflicts=true`);
    if (!settled.body._conflicts) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await third.replicate.from(`${couch.url}/team`);
  assert.equal((await third.get(`cases:${id}`, { conflicts: true }))._conflicts, undefined);
  await third.destroy();
});

const exported = (page) => exportAll(page, h.url);

/** Every record of an export as "kind:id@revision", sorted. */
function inventory(file) {
  return Object.entries(file.data)
    .flatMap(([kind, rows]) => rows.map((r) => `${kind}:${r.id}@${(r.revs ?? [])[0] ?? r.rev}`))
    .sort();
}

test("the server is killed while A pushes 500 cases; after its restart A, B and the server hold the same records, once each", async () => {
  let killed = null;
  let sent = 0;
  proxy.onResponse = (method, path) => {
    if (method === "POST" && path.endsWith("/_bulk_docs")) {
      sent += 1;
      if (!killed) killed = couch.stop();
    }
  };
  await importCopies(a, h.url, 500, "同步批量公司");
  // The first batch went up, then the server died: A says so, and keeps everything.
  while (!killed) await new Promise((r) => setTimeout(r, 50));
  await killed;
  await phase(a, "failed");
  assert.match(await tid(a, "sync-error").textContent(), /连不上这个地址/);
  // Restarted on the same address (in memory: it comes back empty, checkpoints and all).
  couch = await startCouch(couch.port);
  proxy.target = couch.url;
  proxy.onResponse = null;
  assert.equal((await couch.json("PUT", "/team")).status, 201);
  const total = (await exported(a)).data.cases.length;
  assert.ok(total >= 502, `A holds ${total} cases`);
  // Both resume on their own (backoff, no click) and converge.
  const fileA = await exported(a);
  for (;;) {
    const all = await couch.json("GET", "/team/_all_docs");
    if (all.body?.rows?.length === inventory(fileA).length) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await phase(a, "idle");
  let fileB;
  for (;;) {
    fileB = await exported(b);
    if (inventory(fileB).length === inventory(fileA).length) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.deepEqual(inventory(fileB), inventory(fileA));
  const onServer = (await couch.json("GET", "/team/_all_docs")).body.rows.map((r) => `${r.id.replace(":", ":")}@${r.value.rev}`).sort();
  assert.deepEqual(onServer, inventory(fileA).map((x) => x));
  console.log(`# push batches sent before the kill and after the restart: ${sent}`);
});

test("a wrong address, a server that is down, an HTTP 500 and a non-CouchDB URL each get a clear message, and local data stays", async () => {
  const context = await h.newContext();
  const page = await context.newPage();
  await createCase(page, h.url, { company: "本机保留示例有限公司", service: "税务注销", hardDate: isoDay(9), days: 3 });
  const check = async (url, pattern) => {
    await open(page, h.url, "/data");
    await tid(page, "sync-url").fill(url);
    await tid(page, "sync-url").blur();
    await tid(page, "sync-test").click();
    await page.getByTestId("sync-outcome").filter({ hasText: pattern }).waitFor();
  };
  await check("/not-couch/team", /不是 CouchDB 兼容的数据库服务器/);
  await check("ftp://example.com/team", /地址格式不对/);
  proxy.fail = 500;
  await check(DB, /服务器出错（HTTP 500）/);
  proxy.fail = null;
  const target = proxy.target;
  proxy.target = "http://127.0.0.1:9";
  await check(DB, /连不上这个地址/);
  proxy.target = target;
  // Local data intact after every failure.
  await open(page, h.url, "/cases");
  await page.getByText("本机保留示例有限公司").waitFor();
  await context.close();
});

test("a wrong password is named as such", async () => {
  const secured = await startCouch();
  const target = proxy.target;
  proxy.target = secured.url;
  try {
    await secured.json("PUT", "/team");
    await secured.json("PUT", "/_config/admins/admin", "correct-horse");
    const context = await h.newContext();
    const page = await context.newPage();
    await open(page, h.url, "/data");
    await tid(page, "sync-url").fill(DB);
    await tid(page, "sync-user").fill("admin");
    await tid(page, "sync-user").blur();
    await tid(page, "sync-password").fill("wrong");
    await tid(page, "sync-test").click();
    await page.getByTestId("sync-outcome").filter({ hasText: /用户名或密码不对/ }).waitFor();
    // The password field is cleared, and nothing about it was stored.
    assert.equal(await tid(page, "sync-password").inputValue(), "");
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    assert.doesNotMatch(stored, /wrong/);
    await tid(page, "sync-password").fill("correct-horse");
    await tid(page, "sync-test").click();
    await page.getByTestId("sync-outcome").filter({ hasText: /连接正常/ }).waitFor();
    await context.close();
  } finally {
    proxy.target = target;
    await secured.stop();
  }
});
