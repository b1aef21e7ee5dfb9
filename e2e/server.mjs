// A tiny static file server for dist/ on 127.0.0.1, used by ./scripts/serve, the end-to-end
// tests and the benchmark. No dependencies. It serves the build the way a well-set static host
// does (docs/deploy.md): the precompressed copy (`.br`, else `.gz`) that the request's
// Accept-Encoding allows, `Vary: Accept-Encoding`, correct MIME types for wasm, and
// revalidation (`Cache-Control: no-cache` with an ETag, answered 304 when unchanged).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** The encodings a request accepts, by its Accept-Encoding header (q=0 refuses one). */
export function accepted(header = "") {
  const ok = new Set();
  for (const part of String(header).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name);
  }
  return ok;
}

/** Passes a request under `proxy.prefix` to `proxy.target` (a CouchDB-compatible server), the
 *  way the reverse proxy of docs/sync.md does, so the app reaches its database on its own
 *  origin. `proxy.fail` (a status) answers every request with that error instead, and a target
 *  that does not answer gives 502, as nginx and Caddy do; `proxy.onResponse(method, path,
 *  status)` is told of each answer passed on. These three are for tests. */
function forward(proxy, req, res, url) {
  if (proxy.fail) {
    res.writeHead(proxy.fail, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "injected", reason: `test failure ${proxy.fail}` }));
    return;
  }
  const target = new URL(proxy.target);
  const upstream = http.request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: url.pathname.slice(proxy.prefix.length - 1) + url.search,
      headers: { ...req.headers, host: target.host },
    },
    (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
      up.on("end", () => proxy.onResponse?.(req.method, url.pathname, up.statusCode));
    },
  );
  upstream.on("error", () => {
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
    res.end("bad gateway");
  });
  req.on("aborted", () => upstream.destroy());
  res.on("close", () => upstream.destroy());
  req.pipe(upstream);
}

/** Serves `root` on 127.0.0.1 at `port` (0 = any free port). Resolves to { server, url }.
 *  `options.precompressed = false` serves only the plain files (a host that cannot). */
export function serve(root, port = 0, options = {}) {
  const base = path.resolve(root);
  const precompressed = options.precompressed !== false;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const proxy = options.proxy;
    if (proxy && url.pathname.startsWith(proxy.prefix)) {
      forward(proxy, req, res, url);
      return;
    }
    let file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    const want = accepted(req.headers["accept-encoding"]);
    let served = file;
    let encoding = null;
    if (precompressed) {
      for (const [enc, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
        if (want.has(enc) && fs.existsSync(file + ext)) {
          served = file + ext;
          encoding = enc;
          break;
        }
      }
    }
    fs.stat(served, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ""}"`;
      const headers = {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        etag,
        vary: "Accept-Encoding",
      };
      if (encoding) headers["content-encoding"] = encoding;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      headers["content-length"] = st.size;
      res.writeHead(200, headers);
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(served).pipe(res);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

// `node e2e/server.mjs dist 8080` serves from the command line.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = "dist", port = "8080"] = process.argv.slice(2);
  serve(root, Number(port)).then(({ url }) => console.log(`serving ${root} at ${url}`));
}
