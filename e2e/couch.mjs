// A CouchDB-compatible server for the team-sync tests: `pouchdb-server` 4.2 from npm, in
// memory, on 127.0.0.1 at a free port. Started and stopped by the tests themselves.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const BIN = path.resolve("tools/test-couch/node_modules/.bin/pouchdb-server");

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts pouchdb-server (at `port`, or a free one) and resolves once it answers. */
export async function startCouch(port) {
  port = port ?? (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "couch-"));
  const child = spawn(BIN, ["--in-memory", "--host", "127.0.0.1", "--port", String(port), "--dir", dir], {
    // Its log.txt and config.json go to the temporary directory, not the repository.
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  // A start-up timeout on the monotonic clock (the tests' pinned date plays no part here).
  const deadline = performance.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || performance.now() > deadline) {
      throw new Error(`pouchdb-server did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    /** What the server printed (for a failing test's message). */
    get log() {
      return log;
    },
    /** Stops the server (its in-memory data goes with it). */
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGKILL");
      await gone;
      fs.rmSync(dir, { recursive: true, force: true });
    },
    /** A JSON request straight to the server (not through the app). */
    async json(method, p, body, headers = {}) {
      const r = await fetch(`${url}${p}`, {
        method,
        headers: { "content-type": "application/json", ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: r.status, body: await r.json().catch(() => null) };
    },
  };
}

/** Fills the sync settings on the 数据 screen and signs in (a test server has no users, so no
 *  password), which starts sync. `open` and `tid` come from the harness. */
export async function connectSync(page, appUrl, db, { open, tid }) {
  await open(page, appUrl, "/data");
  await tid(page, "sync-url").fill(db);
  await tid(page, "sync-url").blur();
  await tid(page, "sync-sign-in").click();
}
