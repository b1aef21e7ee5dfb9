// How the build reaches a tablet (issue #19): precompressed copies beside every compressible
// file, served by Accept-Encoding with revalidation, and the same app from a host that cannot
// serve them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { start, open } from "./harness.mjs";
import { compressible } from "../scripts/precompress.mjs";

const DIST = process.env.DIST_DIR || "dist";
let h;
let plain;
before(async () => {
  h = await start();
  plain = await start({ precompressed: false });
});
after(async () => {
  await h?.close();
  await plain?.close();
});

test("every compressible file of dist/ has .br and .gz copies that unpack to its exact bytes", () => {
  const files = compressible(DIST);
  assert.ok(files.some((f) => f.endsWith(".wasm")), "the .wasm is among them");
  for (const f of files) {
    const body = fs.readFileSync(f);
    for (const [ext, unpack] of [[".br", zlib.brotliDecompressSync], [".gz", zlib.gunzipSync]]) {
      // A copy is left out only when it would not be smaller (tiny files).
      if (!fs.existsSync(f + ext)) {
        assert.ok(body.length < 200, `${path.relative(DIST, f)}${ext} is missing`);
        continue;
      }
      assert.ok(unpack(fs.readFileSync(f + ext)).equals(body), `${path.relative(DIST, f)}${ext} unpacks to the file`);
    }
  }
  const wasm = files.find((f) => f.endsWith(".wasm"));
  const ratio = fs.statSync(wasm + ".br").size / fs.statSync(wasm).size;
  assert.ok(ratio < 0.4, `brotli makes the .wasm ${Math.round(ratio * 100)} % of its size`);
  // The service worker precaches plain names only; the browser negotiates the encoding.
  const sw = fs.readFileSync(path.join(DIST, "sw.js"), "utf8");
  assert.doesNotMatch(sw, /\.(br|gz)"/);
});

test("the app is served brotli-compressed, revalidated with a 304, and starts", async () => {
  const page = await h.newPage();
  const responses = [];
  page.on("response", (r) => responses.push(r));
  await open(page, h.url, "/cases");
  const wasm = responses.find((r) => r.url().endsWith(".wasm"));
  assert.ok(wasm, "the .wasm was fetched");
  const headers = await wasm.allHeaders();
  assert.equal(headers["content-encoding"], "br");
  assert.equal(headers["content-type"], "application/wasm");
  assert.match(headers["vary"] ?? "", /accept-encoding/i);
  const onDisk = fs.statSync(path.join(DIST, new URL(wasm.url()).pathname.slice(1) + ".br")).size;
  assert.equal(Number(headers["content-length"]), onDisk, "the brotli copy itself went over the wire");
  // A client that takes only gzip gets the .gz; one that takes neither gets the plain file.
  for (const [accept, enc] of [["gzip", "gzip"], ["identity", undefined]]) {
    const r = await fetch(wasm.url(), { headers: { "accept-encoding": accept } });
    assert.equal(r.headers.get("content-encoding") ?? undefined, enc, `Accept-Encoding: ${accept}`);
    await r.arrayBuffer();
  }
  // Revalidation: the same ETag back gives 304 and no body.
  const first = await fetch(wasm.url(), { headers: { "accept-encoding": "br" } });
  await first.arrayBuffer();
  const again = await fetch(wasm.url(), { headers: { "accept-encoding": "br", "if-none-match": first.headers.get("etag") } });
  assert.equal(again.status, 304);
  assert.equal(page.errors.length, 0, page.errors.join("\n"));
  await page.context().close();
});

test("a host that cannot serve precompressed files serves the same app uncompressed", async () => {
  const page = await plain.newPage();
  const responses = [];
  page.on("response", (r) => responses.push(r));
  await open(page, plain.url, "/cases");
  const wasm = responses.find((r) => r.url().endsWith(".wasm"));
  assert.equal((await wasm.allHeaders())["content-encoding"], undefined);
  await page.getByTestId("cases-empty").waitFor();
  assert.equal(page.errors.length, 0, page.errors.join("\n"));
  await page.context().close();
});
