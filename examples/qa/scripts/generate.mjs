// Generates the QA example's golden set: reading-comprehension questions about a small fictional
// world, each with a short context passage, reference answers (the full sentence that states the
// fact, then the short answer spans), a topic and a difficulty.
// Deterministic: a seeded PRNG and fixed counts make every run write byte-identical files.
//
//   node examples/qa/scripts/generate.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GOLDEN_PATH = join(ROOT, 'data', 'golden', 'qa.jsonl');
const PER_TOPIC = 80;

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

const rng = makeRng(20261128);

// A fictional world, so no answer can be known without reading the context.
const FIRST = ['Ada', 'Bruno', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas'];
const LAST = ['Varga', 'Lindqvist', 'Okafor', 'Moreau', 'Tanaka', 'Castell', 'Novak', 'Brennan', 'Quist'];
const CITIES = ['Velmora', 'Ostrand', 'Kaliso', 'Brenhaven', 'Turov', 'Alsmere', 'Dunmark', 'Pellago'];
const RIVERS = ['Avel', 'Sorn', 'Marrow', 'Tillet', 'Quen', 'Ebbin'];
const MOUNTAINS = ['Mount Carrow', 'Mount Ilse', 'Mount Tarn', 'Mount Ossery', 'Mount Vael'];
const ORGS = ['Halden Works', 'Brightline Labs', 'Corvid Press', 'Northgate Mills', 'Arlo Instruments'];
const ELEMENTS = ['velmorium', 'ostrite', 'kalinium', 'brenite', 'turovite'];
const TEAMS = ['the Velmora Herons', 'the Ostrand Foxes', 'the Kaliso Comets', 'the Turov Bears'];
const SPORTS = ['rowing', 'fencing', 'handball', 'curling'];

const person = () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
const year = () => rng.int(1780, 1995);
const otherThan = (value, make) => {
  for (;;) {
    const v = make();
    if (v !== value) return v;
  }
};

/**
 * Fact templates per topic. Each returns the sentence stating the fact, a question about it, the
 * reference answers, and a `distractor` that states a similar fact with a different answer (used for
 * hard questions, so that overlap with the question alone does not find the answer).
 */
const FACTS = {
  history: [
    () => {
      const [org, who, when] = [rng.pick(ORGS), person(), year()];
      return {
        sentence: `${org} was founded by ${who} in ${when}.`,
        question: `Who founded ${org}?`,
        paraphrase: `Which person started ${org}?`,
        answers: [who],
        distractor: `${otherThan(who, person)} joined ${org} as its first engineer in ${when + 3}.`,
      };
    },
    () => {
      const [org, who, when] = [rng.pick(ORGS), person(), year()];
      return {
        sentence: `${who} founded ${org} in ${when}.`,
        question: `In which year was ${org} founded?`,
        paraphrase: `When did ${who} start ${org}?`,
        answers: [String(when), `in ${when}`],
        distractor: `${org} moved to a larger building in ${when + rng.int(5, 30)}.`,
      };
    },
    () => {
      const [who, city] = [person(), rng.pick(CITIES)];
      return {
        sentence: `The historian ${who} was born in ${city}.`,
        question: `Where was ${who} born?`,
        paraphrase: `What is the birthplace of ${who}?`,
        answers: [city, `in ${city}`],
        distractor: `${who} later taught history in ${otherThan(city, () => rng.pick(CITIES))}.`,
      };
    },
  ],
  geography: [
    () => {
      const [city, river] = [rng.pick(CITIES), rng.pick(RIVERS)];
      return {
        sentence: `${city} lies on the ${river} river.`,
        question: `Which river does ${city} lie on?`,
        paraphrase: `What river flows through ${city}?`,
        answers: [`the ${river} river`, river, `the ${river}`],
        distractor: `The ${otherThan(river, () => rng.pick(RIVERS))} river meets the sea north of ${city}.`,
      };
    },
    () => {
      const [mountain, height] = [rng.pick(MOUNTAINS), rng.int(1200, 4800)];
      return {
        sentence: `${mountain} is ${height} metres high.`,
        question: `How high is ${mountain}?`,
        paraphrase: `What is the height of ${mountain}?`,
        answers: [`${height} metres`, `${height} m`],
        distractor: `The first hut on ${mountain} was built ${rng.int(300, 900)} metres below the summit.`,
      };
    },
    () => {
      const [city, people] = [rng.pick(CITIES), rng.int(20, 900) * 1000];
      return {
        sentence: `${city} has a population of ${people} people.`,
        question: `What is the population of ${city}?`,
        paraphrase: `How many people live in ${city}?`,
        answers: [`${people} people`, String(people)],
        distractor: `Around ${rng.int(2, 90) * 1000} people visit ${city} every summer.`,
      };
    },
  ],
  science: [
    () => {
      const [element, who, when] = [rng.pick(ELEMENTS), person(), year()];
      return {
        sentence: `The element ${element} was discovered by ${who} in ${when}.`,
        question: `Who discovered ${element}?`,
        paraphrase: `Which chemist first isolated ${element}?`,
        answers: [who],
        distractor: `${otherThan(who, person)} measured the density of ${element} in ${when + rng.int(2, 40)}.`,
      };
    },
    () => {
      const [element, degrees] = [rng.pick(ELEMENTS), rng.int(80, 2900)];
      return {
        sentence: `${element[0].toUpperCase()}${element.slice(1)} melts at ${degrees} degrees Celsius.`,
        question: `At what temperature does ${element} melt?`,
        paraphrase: `What is the melting point of ${element}?`,
        answers: [`${degrees} degrees Celsius`, `at ${degrees} degrees Celsius`, `${degrees} degrees`],
        distractor: `Samples of ${element} are stored below ${rng.int(5, 60)} degrees Celsius.`,
      };
    },
  ],
  sports: [
    () => {
      const [team, sport, when] = [rng.pick(TEAMS), rng.pick(SPORTS), rng.int(1950, 2020)];
      return {
        sentence: `${team[0].toUpperCase()}${team.slice(1)} won the national ${sport} title in ${when}.`,
        question: `When did ${team} win the national ${sport} title?`,
        paraphrase: `In which year were ${team} ${sport} champions?`,
        answers: [String(when), `in ${when}`],
        distractor: `${team[0].toUpperCase()}${team.slice(1)} lost the ${sport} final in ${when + rng.int(1, 12)}.`,
      };
    },
    () => {
      const [team, seats] = [rng.pick(TEAMS), rng.int(3, 60) * 500];
      return {
        sentence: `The stadium of ${team} holds ${seats} spectators.`,
        question: `How many spectators does the stadium of ${team} hold?`,
        paraphrase: `What is the capacity of the home ground of ${team}?`,
        answers: [`${seats} spectators`, String(seats)],
        distractor: `Only ${rng.int(200, 2000)} spectators watched the first match of ${team}.`,
      };
    },
    () => {
      const [team, who] = [rng.pick(TEAMS), person()];
      return {
        sentence: `${who} coached ${team} for eleven seasons.`,
        question: `Who coached ${team}?`,
        paraphrase: `Who was the long-serving trainer of ${team}?`,
        answers: [who],
        distractor: `${otherThan(who, person)} captained ${team} for two seasons.`,
      };
    },
  ],
};

/** Filler sentences about the world, unrelated to the question. */
function filler() {
  return rng.pick([
    () => `${rng.pick(CITIES)} is known for its covered markets.`,
    () => `The ${rng.pick(RIVERS)} river freezes in hard winters.`,
    () => `${rng.pick(ORGS)} exports tools to ${rng.int(3, 40)} countries.`,
    () => `${person()} wrote a short guide to ${rng.pick(CITIES)}.`,
    () => `Trains from ${rng.pick(CITIES)} to ${rng.pick(CITIES)} run every hour.`,
  ])();
}

const ASIDES = [
  'According to the town records,',
  'As the local museum notes,',
  'Few visitors know that',
  'The archives confirm that',
  'It is often said that',
];
// keeps proper names capitalised: only sentences starting with "The" are lower-cased
const lowerFirst = (text) => (text.startsWith('The ') ? `the ${text.slice(4)}` : text);

const DIFFICULTIES = ['easy', 'medium', 'hard'];
const rows = [];
for (const topic of Object.keys(FACTS)) {
  for (let k = 0; k < PER_TOPIC; k += 1) {
    const difficulty = DIFFICULTIES[k % 3];
    const fact = rng.pick(FACTS[topic])();
    // easy: the question's wording; medium: a paraphrase; hard: a paraphrase and a distractor fact
    const question = difficulty === 'easy' ? fact.question : fact.paraphrase;
    // the context often words the fact differently from the reference sentence
    const stated = rng.next() < 0.5 ? `${rng.pick(ASIDES)} ${lowerFirst(fact.sentence)}` : fact.sentence;
    const sentences = [stated, filler(), filler()];
    if (difficulty === 'hard') sentences.push(fact.distractor);
    rows.push({
      id: `qa-${String(rows.length + 1).padStart(4, '0')}`,
      question,
      context: rng.shuffle(sentences).join(' '),
      // a full-sentence answer first (what a generative system writes), then the short answers
      references: [fact.sentence, ...fact.answers],
      topic,
      difficulty,
    });
  }
}

mkdirSync(dirname(GOLDEN_PATH), { recursive: true });
writeFileSync(GOLDEN_PATH, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
console.log(`wrote ${rows.length} questions to ${GOLDEN_PATH}`);
