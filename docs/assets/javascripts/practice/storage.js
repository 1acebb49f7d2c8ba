/*
 * Reader progress: ONE localStorage key ("mlguide") holding a versioned
 * document. Everything stays in this browser. mike serves every version of
 * the guide from one origin, so the key (and the progress) carries across
 * versions; the offline build shares it too where the browser shares
 * storage between file:// pages (Chromium does).
 *
 * Schema 1:
 *   { app: "ml-on-aws-study-guide", schema: 1,
 *     answers: { <qid>: { first: bool, correct: bool, response: [...]|null, tries: n, at: ms } },
 *     flags:   { <qid>: true },
 *     reads:   { <page key>: ms },
 *     mocks:   { <exam>: { active: {...}|null, history: [ {...} ] } },
 *     cards:   { <card id>: { box: 1-5, due: day } },
 *     settings: {} }
 * Schema 0 is the old layout: one key per question, "mlguide.quiz.<qid>" =
 * "correct" | "incorrect" (the last verdict, no answer kept).
 *
 * The pure functions (empty, migrate, parseImport, ...) run in node for the
 * unit tests; open() is the thin adapter over window.localStorage.
 */
(function (root, factory) {
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else (root.MLGuide = root.MLGuide || {}).storage = api;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  var KEY = "mlguide";
  var APP = "ml-on-aws-study-guide";
  var SCHEMA = 1;
  var LEGACY_PREFIX = "mlguide.quiz.";
  var SECTIONS = ["answers", "flags", "reads", "mocks", "cards", "settings"];

  function empty() {
    return { app: APP, schema: SCHEMA, answers: {}, flags: {}, reads: {}, mocks: {}, cards: {}, settings: {} };
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  /** Schema 0 -> 1: {qid: "correct"|"incorrect"} becomes answers whose response was not kept. */
  function fromLegacy(verdicts) {
    var data = empty();
    Object.keys(verdicts).forEach(function (qid) {
      var v = verdicts[qid];
      if (v !== "correct" && v !== "incorrect") return;
      // The old quiz kept the LAST verdict; it is the best first-try figure we have.
      data.answers[qid] = { first: v === "correct", correct: v === "correct", response: null, tries: 1, at: 0 };
    });
    return data;
  }

  /** Structural problems of a schema-1 document, as short phrases (empty when sound). */
  function problems(data) {
    var found = [];
    SECTIONS.forEach(function (name) {
      if (!isObject(data[name])) found.push("'" + name + "' is missing or not an object");
    });
    if (found.length) return found;
    Object.keys(data.answers).forEach(function (qid) {
      var a = data.answers[qid];
      if (!isObject(a) || typeof a.first !== "boolean" || typeof a.correct !== "boolean" ||
          !(a.response === null || Array.isArray(a.response))) {
        found.push("answer for '" + qid + "' is malformed");
      }
    });
    Object.keys(data.cards).forEach(function (id) {
      var c = data.cards[id];
      if (!isObject(c) || typeof c.box !== "number" || c.box < 1 || c.box > 5 || typeof c.due !== "number") {
        found.push("flashcard '" + id + "' is malformed");
      }
    });
    Object.keys(data.mocks).forEach(function (exam) {
      var m = data.mocks[exam];
      if (!isObject(m) || !Array.isArray(m.history)) found.push("mock record for '" + exam + "' is malformed");
    });
    return found.slice(0, 3);
  }

  /**
   * Bring any known document to the current schema. Throws an Error whose
   * message is meant for the reader when the document is foreign, newer or
   * damaged.
   */
  function migrate(data) {
    if (!isObject(data)) throw new Error("it does not hold a progress record (expected a JSON object)");
    if (data.app !== APP) {
      throw new Error("it is not a progress file of this study guide" +
                      (data.app ? " (it says it comes from '" + String(data.app).slice(0, 60) + "')" : ""));
    }
    if (typeof data.schema !== "number" || data.schema < 0 || Math.floor(data.schema) !== data.schema) {
      throw new Error("its schema version is missing or not a whole number");
    }
    if (data.schema > SCHEMA) {
      throw new Error("it was written by a newer version of the guide (schema " + data.schema +
                      "; this page reads up to schema " + SCHEMA + "). Open the newer version to import it");
    }
    var out = data;
    if (out.schema === 0) {
      out = fromLegacy(isObject(data.verdicts) ? data.verdicts : {});
    }
    SECTIONS.forEach(function (name) { if (out[name] === undefined) out[name] = {}; });
    var found = problems(out);
    if (found.length) throw new Error("it is damaged: " + found.join("; "));
    out.schema = SCHEMA;
    return out;
  }

  /** Parse an imported file: {ok: true, data} or {ok: false, error} (nothing is changed). */
  function parseImport(text) {
    var parsed;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: "This file is not valid JSON, so it cannot be a progress export. Your progress is unchanged." };
    }
    try {
      return { ok: true, data: migrate(parsed) };
    } catch (e) {
      return { ok: false, error: "This file cannot be imported: " + e.message + ". Your progress is unchanged." };
    }
  }

  function exportText(data) {
    return JSON.stringify(data, null, 1);
  }

  /** Record a checked answer: the first complete try is the one that counts. */
  function recordAnswer(data, qid, response, correct, now) {
    var previous = data.answers[qid];
    data.answers[qid] = {
      first: previous ? previous.first : correct,
      correct: correct,
      response: response,
      tries: (previous ? previous.tries : 0) + 1,
      at: now || 0
    };
    return data.answers[qid];
  }

  // ------------------------------------------------------------ browser adapter

  function read(storage) {
    var raw = null;
    try { raw = storage.getItem(KEY); } catch (e) { return { data: empty(), legacy: [] }; }
    if (raw) {
      try { return { data: migrate(JSON.parse(raw)), legacy: [] }; } catch (e) {
        // A damaged record must not block the page; keep a copy for the curious.
        try { storage.setItem(KEY + ".damaged", raw); } catch (e2) { /* full */ }
        return { data: empty(), legacy: [] };
      }
    }
    var verdicts = {}, legacy = [];
    try {
      for (var i = 0; i < storage.length; i++) {
        var key = storage.key(i);
        if (key && key.indexOf(LEGACY_PREFIX) === 0) {
          verdicts[key.slice(LEGACY_PREFIX.length)] = storage.getItem(key);
          legacy.push(key);
        }
      }
    } catch (e) { /* unavailable */ }
    return { data: legacy.length ? migrate({ app: APP, schema: 0, verdicts: verdicts }) : empty(), legacy: legacy };
  }

  /**
   * The reader's store. Every change re-reads the key first, so two open
   * pages (a quiz page and the practice page) do not overwrite each other.
   */
  function open(storage) {
    storage = storage || (typeof localStorage !== "undefined" ? localStorage : null);
    var memory = null;  // used when storage is unavailable (private mode, blocked file://)
    function load() {
      if (!storage) return memory || (memory = empty());
      var found = read(storage);
      if (found.legacy.length) {
        write(found.data);
        found.legacy.forEach(function (key) { try { storage.removeItem(key); } catch (e) { /* ignore */ } });
      }
      return found.data;
    }
    function write(data) {
      if (!storage) { memory = data; return true; }
      try { storage.setItem(KEY, JSON.stringify(data)); return true; } catch (e) { memory = data; return false; }
    }
    return {
      load: load,
      update: function (change) {
        var data = load();
        var result = change(data);
        write(data);
        return result;
      },
      replace: function (data) { return write(migrate(data)); },
      clear: function () { return write(empty()); }
    };
  }

  return {
    KEY: KEY, APP: APP, SCHEMA: SCHEMA, LEGACY_PREFIX: LEGACY_PREFIX,
    empty: empty, migrate: migrate, problems: problems, parseImport: parseImport,
    exportText: exportText, recordAnswer: recordAnswer, open: open
  };
});
