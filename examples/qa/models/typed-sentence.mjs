// Candidate QA system: answers with a context sentence like the baseline, but prefers sentences that
// contain the kind of answer the question asks for (a year, a person's name, a quantity with its
// unit), so a distractor that merely repeats the question's words loses. A distractor holding the
// same kind of answer can still fool it.
//
//   node models/typed-sentence.mjs --in data/golden/qa.jsonl --out out/typed-sentence.predictions.jsonl
import { contentWords, overlap, readFlags, readJsonl, sentences, writeJsonl } from './io.mjs';

/** What the question asks for, as a pattern that matches candidate answers in a sentence. */
function answerKind(question) {
  const q = question.toLowerCase();
  if (/\b(when|year)\b/.test(q)) return { pattern: /\b1[0-9]{3}\b|\b20[0-9]{2}\b/g };
  if (/\b(who|person|chemist|trainer)\b/.test(q))
    return { pattern: /\b[A-Z][a-z]+ [A-Z][a-z]+\b/g, notIn: question };
  if (/\b(where|birthplace)\b/.test(q)) return { pattern: /\b(born|lives|lived) in [A-Z][a-z]+\b/g };
  if (/\briver\b/.test(q)) return { pattern: /\bon the [A-Z][a-z]+ river\b/g };
  if (/\b(high|height)\b/.test(q)) return { pattern: /\bis [0-9]+ metres\b/g };
  if (/\b(temperature|melting)\b/.test(q)) return { pattern: /\bmelts at [0-9]+ degrees\b/g };
  if (/\b(population|people)\b/.test(q)) return { pattern: /\bpopulation of [0-9]+\b/g };
  if (/\b(spectators|capacity)\b/.test(q)) return { pattern: /\bholds [0-9]+ spectators\b/g };
  return null;
}

/** Whether the sentence holds an answer of that kind (a name the question already gives does not count). */
function holdsAnswer(sentence, kind) {
  return [...sentence.matchAll(kind.pattern)].some((m) => !kind.notIn?.includes(m[0]));
}

const flags = readFlags('node models/typed-sentence.mjs --in GOLDEN.jsonl --out PREDICTIONS.jsonl');
const predictions = readJsonl(flags.in).map((row) => {
  const question = contentWords(row.question);
  const kind = answerKind(row.question);
  let best = '';
  let bestScore = -1;
  for (const sentence of sentences(row.context)) {
    const score = overlap(sentence, question) + (kind && holdsAnswer(sentence, kind) ? 3 : 0);
    if (score > bestScore) [best, bestScore] = [sentence, score];
  }
  return { id: row.id, prediction: best };
});
writeJsonl(flags.out, predictions);
console.error(`typed-sentence: wrote ${predictions.length} predictions to ${flags.out}`);
