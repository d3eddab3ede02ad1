// Candidate ranker: BM25 from wink-bm25-text-search (k1 = 1.2, b = 0.75; title weighted 2, text 1),
// with wink-nlp-utils' English stop-word removal and Porter2 stemmer on Unicode words. The stemmer and
// stop words are English: German and Spanish questions get plain words.
//
//   node examples/retrieval/models/bm25.mjs --docs data/docs.jsonl --in data/golden/queries.jsonl --out out/bm25.jsonl
import { createRequire } from 'node:module';
import { rankAll, readFlags, readJsonl, words } from './text.mjs';

const require = createRequire(import.meta.url);
const bm25 = require('wink-bm25-text-search');
const nlp = require('wink-nlp-utils');

const flags = readFlags('bm25.mjs --docs <docs.jsonl> --in <queries.jsonl> --out <predictions.jsonl>');
const engine = bm25();
engine.defineConfig({ fldWeights: { title: 2, text: 1 }, bm25Params: { k1: 1.2, b: 0.75, k: 1 } });
engine.definePrepTasks([words, nlp.tokens.removeWords, nlp.tokens.stem]);
for (const d of readJsonl(flags.docs)) engine.addDoc({ title: d.title, text: d.text }, d.docid);
engine.consolidate();

rankAll(readJsonl(flags.in), (text) => engine.search(text, 20), flags.out);
