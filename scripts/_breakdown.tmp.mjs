import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new TraceMap(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const offs = []; let o = 0; for (const l of lines) { offs.push(o); o += l.length + 1; }
const segs = [];
eachMapping(map, (m) => segs.push([offs[m.generatedLine - 1] + m.generatedColumn, m.source]));
segs.sort((a, b) => a[0] - b[0]);
const groups = {};
const group = (s) => { if (!s) return '?';
  s = s.replace(/^.*node_modules\//, 'nm/');
  if (s.startsWith('nm/')) { const p = s.split('/'); return p[1].startsWith('@') ? p.slice(0,3).join('/') : p.slice(0,2).join('/'); }
  return s.replace(/^(\.\.\/)+/, '').split('/').slice(0, process.argv[3] ? 3 : 2).join('/'); };
for (let i = 0; i < segs.length; i++) { const [start, src] = segs[i]; const end = i + 1 < segs.length ? segs[i+1][0] : code.length;
  const g = process.argv[3] === "files" ? (src||"?").replace(/^.*node_modules\//, "") : group(src); (groups[g] ??= []).push(code.slice(start, end)); }
const total = gzipSync(code, { level: 9 }).length;
const rows = Object.entries(groups).map(([g, parts]) => [g, parts.join('').length, gzipSync(parts.join(''), { level: 9 }).length]).sort((a, b) => b[1] - a[1]);
for (const r of rows) console.log(r[0].padEnd(60), String(r[1]).padStart(8), String(r[2]).padStart(8));
console.log('total gzip', total, 'raw', code.length);
