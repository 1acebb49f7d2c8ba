/*
 * Scoring as on the exam. A question is {type, answer}: single and multiple
 * answer with option ids, ordering with every option id in order, matching
 * with the right-hand text of each row (a choice may serve two rows, spares
 * serve none). A response has the same shape. Multiple response is
 * all-or-nothing: a partial selection scores zero.
 */
(function (root, factory) {
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else (root.MLGuide = root.MLGuide || {}).scoring = api;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  function sameSet(a, b) {
    if (a.length !== b.length) return false;
    var s = a.slice().sort(), t = b.slice().sort();
    return s.every(function (v, i) { return v === t[i]; });
  }

  /** True when every part of the question has an answer. */
  function complete(question, response) {
    if (!Array.isArray(response)) return false;
    if (question.type === "single" || question.type === "multiple") return response.length > 0;
    if (response.length !== question.answer.length) return false;
    for (var i = 0; i < response.length; i++) if (!response[i]) return false;
    return true;
  }

  /** null when incomplete, else true or false. */
  function grade(question, response) {
    if (!complete(question, response)) return null;
    if (question.type === "multiple") return sameSet(response, question.answer);
    return response.every(function (v, i) { return v === question.answer[i]; });
  }

  /**
   * The score report of a mock: per domain and per task statement, and a
   * scaled estimate. ``scaling`` is {min, max, passing} from the exam data
   * file; the estimate maps the fraction correct linearly onto the scale.
   */
  function report(questions, responses, scaling) {
    var byDomain = {}, byTask = {}, correct = 0;
    questions.forEach(function (q) {
      var ok = grade(q, responses[q.id]) === true;
      if (ok) correct += 1;
      [[byDomain, q.domain], [byTask, q.task]].forEach(function (pair) {
        var row = pair[0][pair[1]] || (pair[0][pair[1]] = [0, 0]);
        row[0] += ok ? 1 : 0;
        row[1] += 1;
      });
    });
    var total = questions.length;
    var scaled = scale(total ? correct / total : 0, scaling);
    return {
      correct: correct, total: total, percent: total ? Math.round(100 * correct / total) : 0,
      scaled: scaled, passed: scaling ? scaled >= scaling.passing : null,
      byDomain: byDomain, byTask: byTask
    };
  }

  /** Linear estimate on the exam's scale (e.g. 100-1000), rounded to 10 like a score report. */
  function scale(fraction, scaling) {
    if (!scaling) return null;
    var value = scaling.min + (scaling.max - scaling.min) * fraction;
    return Math.round(value / 10) * 10;
  }

  return { grade: grade, complete: complete, report: report, scale: scale, sameSet: sameSet };
});
