// compromise in a process of its own, for bench/words-per-second.mjs: it times what it is sent, when it is sent it,
// so its passes alternate with Marginalia's. Its garbage and its lexicon (about 20 MB) stay out of Marginalia's heap.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
let found = 0;

/** What Marginalia finds, as compromise finds it. */
function read(text) {
  const doc = nlp(text);
  found += doc.people().json().length + doc.places().json().length + doc.organizations().json().length + doc.quotations().json().length;
}

process.on('message', ({ texts }) => {
  const start = performance.now();
  for (const text of texts) read(text);
  process.send({ seconds: (performance.now() - start) / 1000, found });
});
