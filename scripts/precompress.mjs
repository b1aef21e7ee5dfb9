// Writes `name.br` (brotli, quality 11) and `name.gz` (gzip -9) beside every compressible file
// of a built folder, the way static hosts serve them without compressing per request
// (nginx `brotli_static`/`gzip_static`, Caddy `precompressed`, Apache rewrite rules: see
// docs/deploy.md). A compressed copy is kept only when it is smaller than the file.
//
//   node scripts/precompress.mjs dist        # or run as a Trunk post-build hook (staging dir)
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** Types worth compressing; images and fonts are compressed already. */
export const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".webmanifest", ".txt"]);

/** The files of `dir` (recursively) that get compressed copies, sorted. */
export function compressible(dir) {
  const out = [];
  (function walk(d) {
    for (const name of fs.readdirSync(d).sort()) {
      if (name.startsWith(".")) continue; // Trunk's staging folder
      const full = path.join(d, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else if (COMPRESSIBLE.has(path.extname(name))) out.push(full);
    }
  })(dir);
  return out;
}

export function brotli(body) {
  return zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

export function gzip(body) {
  return zlib.gzipSync(body, { level: 9 });
}

/** Compresses every compressible file of `dir`; returns { files, raw, br, gz } in bytes. */
export function precompress(dir) {
  const sum = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const file of compressible(dir)) {
    const body = fs.readFileSync(file);
    sum.files += 1;
    sum.raw += body.length;
    for (const [ext, pack] of [[".br", brotli], [".gz", gzip]]) {
      const packed = pack(body);
      const target = file + ext;
      if (packed.length < body.length) {
        fs.writeFileSync(target, packed);
        sum[ext.slice(1)] += packed.length;
      } else {
        fs.rmSync(target, { force: true });
        sum[ext.slice(1)] += body.length;
      }
    }
  }
  return sum;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
  const s = precompress(dir);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`precompressed ${s.files} files: ${kb(s.raw)} raw, ${kb(s.br)} brotli, ${kb(s.gz)} gzip`);
}
