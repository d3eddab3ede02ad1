// Generates the retrieval example: a help-centre collection (data/docs.jsonl, 180 short articles in
// en/de/es over four topics) and a golden set of 360 customer questions with graded judgements
// (data/golden/queries.jsonl). Deterministic: a seeded PRNG shuffles the document ids (so that no
// ranker gains from tie-breaking by id) and adds greetings to some questions; every run writes
// byte-identical files.
//
//   node examples/retrieval/scripts/generate.mjs
//
// Judgements per question: 2 = the article it asks for; 1 = the same article in another language;
// 0 = the other articles about the same slot (payment method, carrier, product, sign-in method) in the
// question's language, judged and found not relevant.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SLOTS, TEMPLATES } from './corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GREETINGS = {
  en: ['hi, ', 'hello ', 'quick question: '],
  de: ['hallo, ', 'guten tag '],
  es: ['hola, ', 'buenas, '],
};

/** mulberry32: a small, well-known 32-bit PRNG; enough for reproducible synthetic data. */
function makeRng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rng = makeRng(20261128);
const fill = (template, x) => template.replaceAll('{x}', x);

// every (language, topic, template, slot) is one article
const articles = [];
for (const [language, topics] of Object.entries(TEMPLATES)) {
  for (const [topic, templates] of Object.entries(topics)) {
    templates.forEach((template, t) => {
      for (const slot of SLOTS[topic]) articles.push({ language, topic, t, slot, template });
    });
  }
}
// shuffled ids: kb-001 … kb-180 in random order
const order = articles.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(rng() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
articles.forEach((a, i) => (a.docid = `kb-${String(order[i] + 1).padStart(3, '0')}`));

const docs = [...articles]
  .sort((a, b) => (a.docid < b.docid ? -1 : 1))
  .map((a) => ({
    docid: a.docid,
    language: a.language,
    topic: a.topic,
    title: fill(a.template.title, a.slot),
    text: fill(a.template.body, a.slot),
  }));

const queries = [];
for (const a of articles) {
  a.template.questions.forEach((question, v) => {
    const judgements = { [a.docid]: 2 };
    for (const other of articles) {
      if (other === a || other.topic !== a.topic || other.slot !== a.slot) continue;
      if (other.t === a.t)
        judgements[other.docid] = 1; // the same article in another language
      else if (other.language === a.language) judgements[other.docid] = 0;
    }
    const greeting =
      rng() < 0.25 ? GREETINGS[a.language][Math.floor(rng() * GREETINGS[a.language].length)] : '';
    queries.push({
      id: `q-${a.language}-${a.topic}-${a.t}-${SLOTS[a.topic].indexOf(a.slot)}-${v}`,
      text: greeting + fill(question, a.slot),
      language: a.language,
      topic: a.topic,
      judgements,
    });
  });
}

const write = (path, rows) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
};
write(join(ROOT, 'data', 'docs.jsonl'), docs);
write(join(ROOT, 'data', 'golden', 'queries.jsonl'), queries);
process.stdout.write(`wrote ${docs.length} documents and ${queries.length} questions\n`);
