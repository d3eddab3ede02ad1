// Baseline QA system: answers with the context sentence that shares the most words with the
// question. A distractor sentence that repeats the question's words fools it.
//
//   node models/sentence-baseline.mjs --in data/golden/qa.jsonl --out out/sentence-baseline.predictions.jsonl
import { contentWords, overlap, readFlags, readJsonl, sentences, writeJsonl } from './io.mjs';

const flags = readFlags('node models/sentence-baseline.mjs --in GOLDEN.jsonl --out PREDICTIONS.jsonl');
const predictions = readJsonl(flags.in).map((row) => {
  const question = contentWords(row.question);
  let best = '';
  let bestScore = -1;
  for (const sentence of sentences(row.context)) {
    const score = overlap(sentence, question);
    if (score > bestScore) [best, bestScore] = [sentence, score];
  }
  return { id: row.id, prediction: best };
});
writeJsonl(flags.out, predictions);
console.error(`sentence-baseline: wrote ${predictions.length} predictions to ${flags.out}`);
