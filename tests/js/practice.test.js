// Unit tests of the practice modules, apart from any page: `node --test tests/js/`
// (tests/test_js_units.py runs them under pytest).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const dir = path.join(__dirname, "..", "..", "docs", "assets", "javascripts", "practice");
const draw = require(path.join(dir, "draw.js"));
const scoring = require(path.join(dir, "scoring.js"));
const storage = require(path.join(dir, "storage.js"));
const leitner = require(path.join(dir, "leitner.js"));

const DOMAINS = [{ id: "1", weight: 28 }, { id: "2", weight: 26 }, { id: "3", weight: 22 }, { id: "4", weight: 24 }];

function bank(perDomain, sets) {
  const questions = [];
  DOMAINS.forEach((d) => {
    for (let i = 0; i < perDomain; i++) questions.push({ id: `q${d.id}-${i}`, domain: d.id });
    for (let s = 0; s < (sets || 0); s++) {
      for (let k = 0; k < 3; k++) questions.push({ id: `c${d.id}-${s}-${k}`, domain: d.id, case: `case${d.id}-${s}` });
    }
  });
  return questions;
}

test("draw honours the domain weights within one question per domain", () => {
  const questions = bank(60, 3);
  for (const seed of ["a", "b", "c", "42", "exam"]) {
    const result = draw.drawMock(questions, DOMAINS, 65, seed);
    assert.equal(result.ids.length, 65);
    const byDomain = {};
    result.ids.forEach((id) => { const d = questions.find((q) => q.id === id).domain; byDomain[d] = (byDomain[d] || 0) + 1; });
    DOMAINS.forEach((d) => assert.ok(Math.abs(byDomain[d.id] - 65 * d.weight / 100) <= 1,
      `domain ${d.id}: ${byDomain[d.id]} questions for weight ${d.weight}% (seed ${seed})`));
  }
});

test("draw never repeats a question and is deterministic for a seed", () => {
  const questions = bank(40, 2);
  const one = draw.drawMock(questions, DOMAINS, 65, "seed-1").ids;
  assert.equal(new Set(one).size, one.length);
  assert.deepEqual(draw.drawMock(questions, DOMAINS, 65, "seed-1").ids, one);
  assert.notDeepEqual(draw.drawMock(questions, DOMAINS, 65, "seed-2").ids, one);
});

test("draw keeps a case-study set whole and adjacent", () => {
  const questions = bank(20, 4);
  const ids = draw.drawMock(questions, DOMAINS, 65, "sets").ids;
  const cases = {};
  ids.forEach((id, at) => { const q = questions.find((x) => x.id === id); if (q.case) (cases[q.case] = cases[q.case] || []).push(at); });
  Object.entries(cases).forEach(([name, at]) => {
    assert.equal(at.length, 3, `${name} drawn partly`);
    assert.equal(at[2] - at[0], 2, `${name} split apart`);
  });
});

test("draw moves the share of a domain short of questions to the others", () => {
  const questions = bank(30).filter((q) => q.domain !== "3" || q.id.endsWith("-0") || q.id.endsWith("-1"));
  const result = draw.drawMock(questions, DOMAINS, 65, "short");
  assert.equal(result.ids.length, 65);
  assert.equal(result.targets["3"], 2);
  const small = draw.drawMock(bank(2), DOMAINS, 65, "tiny");
  assert.equal(small.ids.length, 8);  // the whole bank, no more
});

test("multiple response is all-or-nothing; matching allows reused choices", () => {
  const multiple = { type: "multiple", answer: ["a", "c"] };
  assert.equal(scoring.grade(multiple, ["a", "c"]), true);
  assert.equal(scoring.grade(multiple, ["c", "a"]), true);
  assert.equal(scoring.grade(multiple, ["a"]), false);
  assert.equal(scoring.grade(multiple, ["a", "b", "c"]), false);
  assert.equal(scoring.grade(multiple, []), null);
  const matching = { type: "matching", answer: ["columnar", "columnar", "row"] };
  assert.equal(scoring.grade(matching, ["columnar", "columnar", "row"]), true);
  assert.equal(scoring.grade(matching, ["columnar", "row", "row"]), false);
  assert.equal(scoring.grade(matching, ["columnar", "", "row"]), null);
  const ordering = { type: "ordering", answer: ["b", "a", "c"] };
  assert.equal(scoring.grade(ordering, ["b", "a", "c"]), true);
  assert.equal(scoring.grade(ordering, ["a", "b", "c"]), false);
});

test("the mock report scores by domain and task, scaled linearly", () => {
  const qs = [
    { id: "1", type: "single", answer: ["a"], domain: "1", task: "1.1" },
    { id: "2", type: "multiple", answer: ["a", "b"], domain: "1", task: "1.2" },
    { id: "3", type: "single", answer: ["c"], domain: "2", task: "2.1" },
    { id: "4", type: "single", answer: ["d"], domain: "2", task: "2.1" },
  ];
  const r = scoring.report(qs, { 1: ["a"], 2: ["a"], 3: ["c"] }, { min: 100, max: 1000, passing: 720 });
  assert.equal(r.correct, 2);
  assert.deepEqual(r.byDomain, { 1: [1, 2], 2: [1, 2] });
  assert.deepEqual(r.byTask["2.1"], [1, 2]);
  assert.equal(r.scaled, 550);
  assert.equal(r.passed, false);
});

test("the first complete try counts", () => {
  const data = storage.empty();
  storage.recordAnswer(data, "q", ["b"], false, 1);
  const after = storage.recordAnswer(data, "q", ["a"], true, 2);
  assert.equal(after.first, false);
  assert.equal(after.correct, true);
  assert.equal(after.tries, 2);
});

test("old per-question keys migrate into the one store", () => {
  const fake = new Map([["mlguide.quiz.q1", "correct"], ["mlguide.quiz.q2", "incorrect"], ["other", "x"]]);
  const local = {
    get length() { return fake.size; }, key: (i) => [...fake.keys()][i],
    getItem: (k) => (fake.has(k) ? fake.get(k) : null), setItem: (k, v) => fake.set(k, String(v)),
    removeItem: (k) => fake.delete(k),
  };
  const data = storage.open(local).load();
  assert.equal(data.answers.q1.first, true);
  assert.equal(data.answers.q2.first, false);
  assert.equal(data.answers.q1.response, null);
  assert.ok(fake.has("mlguide") && !fake.has("mlguide.quiz.q1") && fake.has("other"));
});

test("imports: corrupt, foreign and newer files are rejected with a reason", () => {
  assert.match(storage.parseImport("{not json").error, /not valid JSON/);
  assert.match(storage.parseImport('{"app": "another-app", "schema": 1}').error, /not a progress file of this study guide/);
  assert.match(storage.parseImport('[1, 2]').error, /expected a JSON object/);
  assert.match(storage.parseImport(JSON.stringify({ app: storage.APP, schema: 99 })).error, /newer version/);
  const damaged = storage.empty(); damaged.answers.q = { first: "yes" };
  assert.match(storage.parseImport(JSON.stringify(damaged)).error, /damaged/);
  const good = storage.empty(); storage.recordAnswer(good, "q", ["a"], true, 0);
  const back = storage.parseImport(storage.exportText(good));
  assert.ok(back.ok);
  assert.deepEqual(back.data, good);
  const old = storage.parseImport(JSON.stringify({ app: storage.APP, schema: 0, verdicts: { q: "correct" } }));
  assert.ok(old.ok && old.data.schema === storage.SCHEMA && old.data.answers.q.first === true);
});

test("Leitner: known moves up a box and comes back later, unknown returns to box 1", () => {
  const cards = {};
  const day = 20000;
  assert.deepEqual(leitner.due(cards, ["a", "b"], day), ["a", "b"]);
  assert.deepEqual(leitner.answer(cards, "a", true, day), { box: 2, due: day + 1 });
  assert.deepEqual(leitner.due(cards, ["a", "b"], day), ["b"]);
  leitner.answer(cards, "a", true, day + 1);
  assert.equal(cards.a.box, 3);
  leitner.answer(cards, "a", false, day + 4);
  assert.deepEqual(cards.a, { box: 1, due: day + 4 });
  assert.deepEqual(leitner.counts(cards, ["a", "b"]), [2, 0, 0, 0, 0]);
});
