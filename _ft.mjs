import { readFileSync } from 'fs';
import { ParseEnglish } from 'parse-english';
import { isDeepStrictEqual } from 'util';
const articles = JSON.parse(readFileSync('/tmp/prof/articles.json', 'utf8'));
const words = articles.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
const lines = articles.map(t => t.split('\n').map(s=>s.trim()).filter(Boolean));
const TYPES = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
const classes = new Uint8Array(65536); // 0 unknown, else 1 + type
const probe = new ParseEnglish();
function classOf(code) {
  let c = classes[code];
  if (c === 0) { c = classes[code] = 1 + TYPES.indexOf(probe.tokenize(String.fromCharCode(code))[0].type); }
  return c;
}
class Fast extends ParseEnglish {
  tokenize(value) {
    const children = [];
    if (!value) return children;
    let line = 1, column = 1, offset = 0;
    let from = 0, start = { line, column, offset };
    let previousClass = 0, previousCode = -1;
    const flush = (cls, text) => {
      const end = { line, column, offset };
      children.push(cls === 3 ? { type: 'WordNode', children: [{ type: 'TextNode', value: text, position: { start, end } }], position: { start, end: { line, column, offset } } } : { type: TYPES[cls - 1], value: text, position: { start, end } });
    };
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const cls = classOf(code);
      if (from < index && previousClass !== 0 && !(previousClass === cls && (cls === 3 || cls === 1 || code === previousCode || (code >= 0xd800 && code <= 0xdfff)))) {
        flush(previousClass, value.slice(from, index));
        from = index;
        start = { line, column, offset };
      }
      if (code === 13 || (code === 10 && previousCode !== 13)) { line++; column = 1; } else if (code !== 10) column++;
      offset++;
      previousClass = cls;
      previousCode = code;
    }
    if (previousClass && from < value.length) flush(previousClass, value.slice(from));
    return children;
  }
}
const pe = new ParseEnglish(), fast = new Fast();
let bad = 0;
for (const ls of lines) for (const l of ls) if (!isDeepStrictEqual(pe.parse(l), fast.parse(l))) bad++;
console.log('mismatch', bad);
const runs = {
  stock: () => { for (const ls of lines) for (const l of ls) pe.parse(l); },
  fast: () => { for (const ls of lines) for (const l of ls) fast.parse(l); },
  stockTok: () => { for (const ls of lines) for (const l of ls) pe.tokenize(l); },
  fastTok: () => { for (const ls of lines) for (const l of ls) fast.tokenize(l); },
};
for (let r = 0; r < 4; r++) for (const [k, f] of Object.entries(runs)) { const s = performance.now(); f(); const ms = performance.now() - s; console.log(r, k, Math.round(ms * 1e6 / words), 'ns/word'); }
import inspector from 'inspector';
import { writeFileSync } from 'fs';
const s = new inspector.Session(); s.connect();
s.post('Profiler.enable', () => s.post('Profiler.setSamplingInterval',{interval:100},()=>s.post('Profiler.start', () => { for (let r=0;r<3;r++) runs.fast(); s.post('Profiler.stop', (e, { profile }) => { writeFileSync('/tmp/prof/fastparse.cpuprofile', JSON.stringify(profile)); }); })));
