// Baseline ranker: term overlap. A document's score is the number of distinct question words that
// occur in its title or text — no weighting by rarity, no stemming, no stop words, so frequent words
// ("my", "de", "the") count as much as "DHL". Documents sharing no word are not returned.
//
//   node examples/retrieval/models/overlap.mjs --docs data/docs.jsonl --in data/golden/queries.jsonl --out out/overlap.jsonl
import { rankAll, readFlags, readJsonl, words } from './text.mjs';

const flags = readFlags('overlap.mjs --docs <docs.jsonl> --in <queries.jsonl> --out <predictions.jsonl>');
const docs = readJsonl(flags.docs).map((d) => ({
  docid: d.docid,
  terms: new Set(words(`${d.title} ${d.text}`)),
}));

function search(text) {
  const terms = [...new Set(words(text))];
  const hits = [];
  for (const d of docs) {
    let score = 0;
    for (const t of terms) if (d.terms.has(t)) score++;
    if (score > 0) hits.push([d.docid, score]);
  }
  return hits.sort((a, b) => b[1] - a[1]);
}

rankAll(readJsonl(flags.in), search, flags.out);
