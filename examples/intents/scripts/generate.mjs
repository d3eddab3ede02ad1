// Generates the intents example data: a golden set and a disjoint training set of synthetic
// customer-support utterances in en/de/es/fr. Deterministic: a seeded PRNG and fixed per-cell counts
// make every run write byte-identical files.
//
//   node examples/intents/scripts/generate.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTENTS, LANGUAGES } from '../intents.mjs';
import * as en from './templates/en.mjs';
import * as de from './templates/de.mjs';
import * as es from './templates/es.mjs';
import * as fr from './templates/fr.mjs';

const TEMPLATES = { en, de, es, fr };
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GOLDEN_PATH = join(ROOT, 'data', 'golden', 'intents.jsonl');
const TRAIN_PATH = join(ROOT, 'data', 'train', 'intents.train.jsonl');

const GOLDEN_PER_LANGUAGE = { en: 760, de: 560, es: 540, fr: 540 };
// German is scarce in the training data: the naive-Bayes candidate is expected to be weak there.
const TRAIN_PER_LANGUAGE = { en: 1600, de: 65, es: 1100, fr: 1100 };
// Share of each intent's template list the training set may use; the rest appear only in golden.
const TRAIN_TEMPLATE_SHARE = { en: 0.7, de: 0.4, es: 0.7, fr: 0.7 };
const MIN_CELL = 30;

/** mulberry32: a small, well-known 32-bit PRNG; enough for reproducible synthetic data. */
function makeRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

/** Splits `total` over the intents by weight with largest-remainder rounding (exact sum). */
function allocate(total) {
  const raw = INTENTS.map((intent) => intent.weight * total);
  const counts = raw.map(Math.floor);
  const order = raw.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  order.sort((a, b) => b.rest - a.rest || a.index - b.index);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k += 1) counts[order[k].index] += 1;
  return counts;
}

const FIRST_NAMES = ['anna', 'lukas', 'maria', 'jean', 'sofia', 'tom', 'lea', 'pablo', 'emma', 'noah'];
const LAST_NAMES = ['mueller', 'garcia', 'martin', 'smith', 'rossi', 'dubois', 'lopez', 'weber'];
const ERRORS = ['500', 'error 403', 'ERR_CONNECTION_RESET', 'code 0x80070005', 'E-1042', '502 Bad Gateway'];

function fillSlot(name, language, rng) {
  switch (name) {
    case 'order':
      return rng.pick([
        () => `#${rng.int(10000, 99999)}`,
        () => `A${rng.int(10000000, 99999999)}`,
        () => `ORD-${rng.int(100000, 999999)}`,
      ])();
    case 'email':
      return `${rng.pick(FIRST_NAMES)}.${rng.pick(LAST_NAMES)}${rng.chance(0.4) ? rng.int(1, 99) : ''}@example.com`;
    case 'error':
      return rng.pick(ERRORS);
    default: {
      const values = TEMPLATES[language].slots[name];
      if (!values) throw new Error(`Unknown slot '{${name}}' in a ${language} template.`);
      return rng.pick(values);
    }
  }
}

const CONTRACTIONS = {
  es: [
    [/\bde el\b/g, 'del'],
    [/\ba el\b/g, 'al'],
  ],
  fr: [
    [/\bde le\b/g, 'du'],
    [/\bà le\b/g, 'au'],
  ],
};

function capitalizeFirstLetter(text) {
  return text.replace(/^([¿¡«"\s]*)(\p{Ll})/u, (_m, lead, letter) => lead + letter.toUpperCase());
}

const NEIGHBOURS = {
  a: 'sq',
  e: 'wrd',
  i: 'uok',
  o: 'ipl',
  n: 'bm',
  r: 'et',
  s: 'adw',
  t: 'ryg',
  c: 'xv',
  l: 'kp',
  d: 'sfe',
  u: 'yi',
};

function typo(word, rng) {
  const at = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word[at] + word.slice(at);
    default: {
      const near = NEIGHBOURS[word[at].toLowerCase()];
      return near ? word.slice(0, at) + rng.pick([...near]) + word.slice(at + 1) : word;
    }
  }
}

function addTypos(text, rng) {
  return text.replace(/\p{L}{5,}/gu, (word) => (rng.chance(0.04) ? typo(word, rng) : word));
}

function transliterateGerman(text) {
  const map = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
  return text.replace(/[äöüÄÖÜß]/g, (ch) => map[ch]);
}

function stripAccents(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

// German sentence starts that are not nouns, so they may go lower case after "Hallo,".
const GERMAN_LOWERABLE =
  /^(Ich|Ist|Wie|Wo|Wann|Was|Wurde|Bitte|Meine?|Kann|Können|Gibt|Haben|Die|Der|Das|Mir|Beim|Auf|Seit|Nach)\b/;

/** One utterance: template + slots, then the messiness of real support messages. */
function render(template, language, rng) {
  const pack = TEMPLATES[language];
  let core = template.replace(/\{(\w+)\}/g, (_m, name) => fillSlot(name, language, rng));
  for (const [pattern, replacement] of CONTRACTIONS[language] ?? [])
    core = core.replace(pattern, replacement);
  core = capitalizeFirstLetter(core);

  const parts = [];
  if (rng.chance(0.35)) {
    const opener = rng.pick(pack.openers);
    parts.push(opener);
    // After "Hi," people often continue in lower case (German keeps its capitalised nouns).
    const lowerable = language === 'de' ? GERMAN_LOWERABLE.test(core) : !/^I\b/.test(core);
    if (opener.endsWith(',') && lowerable && rng.chance(0.6)) {
      core = core.replace(/^([¿¡]?)(\p{Lu})/u, (_m, lead, letter) => lead + letter.toLowerCase());
    }
  }
  parts.push(core);
  if (rng.chance(0.12)) parts.push(rng.pick(pack.asides));
  if (rng.chance(0.25)) parts.push(rng.pick(pack.closers));
  let text = parts.join(' ');

  if (rng.chance(0.3)) text = text.replace(/\s*[.?!]+$/u, '');
  if (rng.chance(0.2)) text = text.toLowerCase();
  if (language === 'de' && rng.chance(0.3)) text = transliterateGerman(text);
  if ((language === 'es' || language === 'fr') && rng.chance(0.25)) text = stripAccents(text);
  if (language === 'es' && rng.chance(0.3)) text = text.replace(/[¿¡]/g, '');
  return addTypos(text, rng);
}

/**
 * Draws `perLanguage[lang]` rows per language, split over intents by weight. `templateShare` limits
 * each intent's templates to a prefix of its list; `forbidden` holds texts that must not reappear.
 */
function generateRows({ perLanguage, templateShare, forbidden, seed }) {
  const rng = makeRng(seed);
  const rows = [];
  const seen = new Set(forbidden);
  for (const language of LANGUAGES) {
    const counts = allocate(perLanguage[language]);
    INTENTS.forEach((intent, index) => {
      const all = TEMPLATES[language].templates[intent.name];
      if (!all) throw new Error(`No ${language} templates for intent '${intent.name}'.`);
      const usable = all.slice(0, Math.ceil(all.length * (templateShare?.[language] ?? 1)));
      for (let n = 0; n < counts[index]; n += 1) {
        let text = render(rng.pick(usable), language, rng);
        for (let attempt = 0; attempt < 40 && seen.has(text); attempt += 1) {
          text = render(rng.pick(usable), language, rng);
        }
        if (forbidden.has(text)) continue;
        seen.add(text);
        rows.push({ text, label: intent.name, language, domain: intent.domain });
      }
    });
  }
  return rng.shuffle(rows);
}

function checkCells(rows, name) {
  const cells = new Map();
  for (const row of rows) {
    const key = `${row.language} x ${row.domain}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  for (const [key, count] of cells) {
    if (count < MIN_CELL) throw new Error(`${name}: cell ${key} has ${count} rows, expected >= ${MIN_CELL}.`);
  }
}

function writeJsonl(path, rows) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
}

const trainRows = generateRows({
  perLanguage: TRAIN_PER_LANGUAGE,
  templateShare: TRAIN_TEMPLATE_SHARE,
  forbidden: new Set(),
  seed: 20260301,
});
const goldenRows = generateRows({
  perLanguage: GOLDEN_PER_LANGUAGE,
  templateShare: undefined,
  forbidden: new Set(trainRows.map((row) => row.text)),
  seed: 20260302,
});
checkCells(goldenRows, 'golden');

const pad = (n) => String(n).padStart(5, '0');
writeJsonl(
  GOLDEN_PATH,
  goldenRows.map((row, i) => ({ id: `intent-${pad(i + 1)}`, ...row })),
);
writeJsonl(
  TRAIN_PATH,
  trainRows.map((row, i) => ({ id: `train-${pad(i + 1)}`, ...row })),
);
console.log(`golden: ${goldenRows.length} rows -> ${GOLDEN_PATH}`);
console.log(`train:  ${trainRows.length} rows -> ${TRAIN_PATH}`);
