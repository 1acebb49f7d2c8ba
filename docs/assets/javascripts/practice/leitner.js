/*
 * Leitner boxes for the flashcards. A new card starts in box 1. Known: up
 * one box (at most 5) and due again after the box's interval. Not known:
 * back to box 1, due again today. Days are whole days since 1970 (UTC).
 */
(function (root, factory) {
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else (root.MLGuide = root.MLGuide || {}).leitner = api;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  var BOXES = 5;
  var INTERVAL = [0, 0, 1, 3, 7, 14];  // days until a card in box n comes back

  function today(now) {
    return Math.floor((now === undefined ? Date.now() : now) / 86400000);
  }

  function state(cards, id) {
    return cards[id] || { box: 1, due: 0 };
  }

  /** Record an answer; returns the card's new state. */
  function answer(cards, id, known, day) {
    var current = state(cards, id);
    var box = known ? Math.min(BOXES, current.box + 1) : 1;
    cards[id] = { box: box, due: day + INTERVAL[box] };
    return cards[id];
  }

  /** Ids due on ``day``, lowest box first (then in deck order); at most ``limit``. */
  function due(cards, ids, day, limit) {
    var list = ids.map(function (id, i) { return { id: id, i: i, s: state(cards, id) }; })
      .filter(function (c) { return c.s.due <= day; })
      .sort(function (a, b) { return a.s.box - b.s.box || a.i - b.i; })
      .map(function (c) { return c.id; });
    return limit ? list.slice(0, limit) : list;
  }

  /** How many of ``ids`` sit in each box: [box1, ..., box5]. */
  function counts(cards, ids) {
    var out = [0, 0, 0, 0, 0];
    ids.forEach(function (id) { out[state(cards, id).box - 1] += 1; });
    return out;
  }

  return { BOXES: BOXES, INTERVAL: INTERVAL, today: today, answer: answer, due: due, counts: counts, state: state };
});
