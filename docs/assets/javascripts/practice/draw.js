/*
 * Drawing a mock exam from the bank: in proportion to the domain weights,
 * no duplicates, the same draw for the same seed, case-study sets kept
 * together (a set is drawn whole and its questions stay adjacent).
 */
(function (root, factory) {
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else (root.MLGuide = root.MLGuide || {}).draw = api;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  /** A 32-bit hash of a string (FNV-1a), the seed of the generator. */
  function hash(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return h >>> 0;
  }

  /** mulberry32: a small, fast, seedable generator of floats in [0, 1). */
  function random(seed) {
    var a = hash(String(seed));
    return function () {
      a = (a + 0x6D2B79F5) | 0;
      var t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function shuffle(items, rand) {
    var out = items.slice();
    for (var i = out.length - 1; i > 0; i--) {
      var j = Math.floor(rand() * (i + 1));
      var t = out[i]; out[i] = out[j]; out[j] = t;
    }
    return out;
  }

  /** Whole numbers that add up to ``total``, in proportion to ``weights`` (largest remainder). */
  function apportion(total, weights) {
    var sum = weights.reduce(function (a, b) { return a + b; }, 0) || 1;
    var exact = weights.map(function (w) { return total * w / sum; });
    var out = exact.map(Math.floor);
    var left = total - out.reduce(function (a, b) { return a + b; }, 0);
    exact.map(function (x, i) { return [x - Math.floor(x), i]; })
      .sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; })
      .slice(0, left).forEach(function (pair) { out[pair[1]] += 1; });
    return out;
  }

  /** Units to draw: a lone question, or all questions of one case-study set. */
  function units(questions) {
    var byCase = {}, out = [];
    questions.forEach(function (q) {
      if (q.case) {
        if (!byCase[q.case]) { byCase[q.case] = { domain: q.domain, ids: [] }; out.push(byCase[q.case]); }
        byCase[q.case].ids.push(q.id);
      } else {
        out.push({ domain: q.domain, ids: [q.id] });
      }
    });
    return out;
  }

  /**
   * Draw ``count`` question ids (fewer when the bank is smaller).
   * ``domains`` is [{id, weight}]; ``questions`` is [{id, domain, case?}].
   * Returns {ids, targets, shortBy}: ``targets`` per domain from the weights,
   * moved to other domains (by weight) where a domain has too few questions.
   */
  function drawMock(questions, domains, count, seed) {
    var rand = random(seed);
    var pool = {};
    domains.forEach(function (d) { pool[d.id] = []; });
    units(questions).forEach(function (u) { if (pool[u.domain]) pool[u.domain].push(u); });
    var size = function (list) { return list.reduce(function (n, u) { return n + u.ids.length; }, 0); };
    var available = domains.map(function (d) { return size(pool[d.id]); });
    count = Math.min(count, available.reduce(function (a, b) { return a + b; }, 0));
    // targets by weight; a domain short of questions passes its share to the others
    var targets = domains.map(function () { return 0; });
    var open = domains.map(function (d, i) { return available[i] > 0; });
    var wanted = count;
    while (wanted > 0 && open.some(Boolean)) {
      var share = apportion(wanted, domains.map(function (d, i) { return open[i] ? d.weight : 0; }));
      wanted = 0;
      share.forEach(function (n, i) {
        var room = available[i] - targets[i];
        var take = Math.min(n, room);
        targets[i] += take;
        wanted += n - take;
        if (targets[i] >= available[i]) open[i] = false;
      });
    }
    var chosen = [], shortBy = 0;
    domains.forEach(function (d, i) {
      var need = targets[i];
      var picked = [];
      shuffle(pool[d.id], rand).forEach(function (u) {
        if (u.ids.length <= need) { picked.push(u); need -= u.ids.length; }
      });
      shortBy += need;  // only when the rest are case-study sets too big for the gap
      chosen = chosen.concat(picked);
    });
    var ids = [];
    shuffle(chosen, rand).forEach(function (u) { ids = ids.concat(u.ids); });
    var byDomain = {};
    domains.forEach(function (d, i) { byDomain[d.id] = targets[i]; });
    return { ids: ids, targets: byDomain, shortBy: shortBy };
  }

  /** A fresh seed for a new mock (shown on the report so a draw can be repeated). */
  function newSeed() {
    return Math.floor(Math.random() * 1e9).toString(36);
  }

  return { hash: hash, random: random, shuffle: shuffle, apportion: apportion, units: units,
           drawMock: drawMock, newSeed: newSeed };
});
