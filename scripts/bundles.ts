/**
 * The bundle figures of `npm run bench` (scripts/bench.ts): which chunks the
 * page loads before its first screen (dist/index.html's module script and its
 * modulepreloads) and what the entry chunk holds, each source's share of its
 * gzip -9 size, read through a source map.
 */
import { constants, createGzip, gzipSync } from 'node:zlib';

/** gzip -9 size in bytes (what the bench reports; the figures of the issue are gzip -9). */
export const gzip9 = (buf: Uint8Array): number => gzipSync(buf, { level: 9 }).length;

/** The JS files index.html loads at start, in its order: module scripts, then modulepreloads (paths as written, no leading /). */
export function startupScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/g)) {
    const attrs = m[2]!;
    const src = m[1] === 'script' ? /\bsrc="([^"]+)"/.exec(attrs)?.[1] : /\brel="modulepreload"/.test(attrs) ? /\bhref="([^"]+)"/.exec(attrs)?.[1] : undefined;
    if (src && /\.m?js$/.test(src) && !/^[a-z]+:/i.test(src)) out.push(src.replace(/^\.?\//, ''));
  }
  return [...new Set(out)];
}

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** A source map's mappings, decoded: per generated line, [column, source index | -1] segments. */
export function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segs: [number, number][] = [];
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = B64.get(ch);
        if (d === undefined) throw new Error(`bad VLQ digit ${ch}`);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += fields[0]!;
      if (fields.length > 1) source += fields[1]!;
      segs.push([col, fields.length > 1 ? source : -1]);
    }
    lines.push(segs);
  }
  return lines;
}

/** A source's folder or package: node_modules/<pkg>, src/<a>/<b>, or the file for src/core and short paths. */
export function groupOf(source: string): string {
  const s = source.replace(/\\/g, '/');
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (nm) return nm[1]!;
  const src = /(?:^|\/)(src\/.*)$/.exec(s)?.[1];
  if (!src) return s || '(runtime)';
  if (src.startsWith('src/core/')) return src;
  const parts = src.split('/');
  return parts.length > 3 ? parts.slice(0, 3).join('/') : src;
}

/**
 * Each group's share of the chunk's gzip -9 size: the code is deflated as one stream, synced wherever the
 * mapped source changes, and each run's output goes to its group; the sums are scaled to the plain gzip -9
 * size (the syncs cost a few bytes each). Unmapped code (the bundler's glue) is "(runtime)".
 */
export async function gzipShares(code: string, map: { sources: readonly (string | null)[]; mappings: string }): Promise<Map<string, number>> {
  const buf = Buffer.from(code.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, ''), 'utf8');
  const text = buf.toString('utf8');
  const ascii = buf.length === text.length;
  const lines = decodeMappings(map.mappings);
  // Runs of [byte start, byte end, group] (char offsets = byte offsets for ASCII; else re-encoded per line).
  const runs: [number, number, string][] = [];
  let at = 0;
  text.split('\n').forEach((line, li) => {
    const bytes = (i: number) => (ascii ? i : Buffer.byteLength(line.slice(0, i)));
    const segs = lines[li] ?? [];
    const push = (a: number, b: number, g: string) => {
      if (b <= a) return;
      const last = runs[runs.length - 1];
      if (last && last[2] === g && last[1] === a) last[1] = b;
      else runs.push([a, b, g]);
    };
    let pos = 0;
    let group = '(runtime)';
    for (const [col, src] of segs) {
      push(at + bytes(pos), at + bytes(col), group);
      pos = col;
      group = src >= 0 ? groupOf(map.sources[src] ?? '') : '(runtime)';
    }
    const len = ascii ? line.length : Buffer.byteLength(line);
    push(at + bytes(pos), at + len + 1, group);
    at += len + 1;
  });
  const gz = createGzip({ level: 9 });
  let out = 0;
  gz.on('data', (d: Buffer) => (out += d.length));
  const shares = new Map<string, number>();
  for (const [a, b, g] of runs) {
    const before = out;
    gz.write(buf.subarray(a, Math.min(b, buf.length)));
    await new Promise<void>((r) => gz.flush(constants.Z_SYNC_FLUSH, () => r()));
    shares.set(g, (shares.get(g) ?? 0) + out - before);
  }
  await new Promise<void>((r) => {
    gz.on('end', () => r());
    gz.end();
  });
  // The gzip header and trailer are spread with the syncs' cost.
  const k = gzip9(buf) / [...shares.values()].reduce((x, y) => x + y, 0);
  for (const [g, n] of shares) shares.set(g, n * k);
  return shares;
}
