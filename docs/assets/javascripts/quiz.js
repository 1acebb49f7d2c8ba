/*
 * Practice quizzes. Without JavaScript every question still works: the
 * answer and explanation sit in a <details> block. With it, "Check answer"
 * scores single, multiple, ordering and matching items and the page keeps a
 * running score in localStorage (one key per question id).
 */
(function () {
  var PREFIX = "mlguide.quiz.";

  function store(qid, value) {
    try {
      if (value === null) localStorage.removeItem(PREFIX + qid);
      else localStorage.setItem(PREFIX + qid, value);
    } catch (e) { /* storage may be unavailable (file://, private mode) */ }
  }
  function stored(qid) {
    try { return localStorage.getItem(PREFIX + qid); } catch (e) { return null; }
  }

  function sameSet(a, b) {
    if (a.length !== b.length) return false;
    var s = a.slice().sort(), t = b.slice().sort();
    return s.every(function (v, i) { return v === t[i]; });
  }

  function response(question) {
    var type = question.dataset.type;
    if (type === "single" || type === "multiple") {
      return Array.prototype.map.call(question.querySelectorAll("input:checked"), function (i) { return i.value; });
    }
    if (type === "ordering") {
      var slots = [];
      question.querySelectorAll("select[data-item]").forEach(function (s) {
        if (s.value) slots[Number(s.value) - 1] = s.dataset.item;
      });
      return slots;
    }
    return Array.prototype.map.call(question.querySelectorAll("select[data-row]"), function (s) { return s.value; });
  }

  function grade(question) {
    var answer = JSON.parse(question.dataset.answer);
    var given = response(question);
    var type = question.dataset.type;
    var complete = type === "single" || type === "multiple" ? given.length > 0
      : given.filter(Boolean).length === answer.length;
    if (!complete) return null;
    if (type === "multiple") return sameSet(given, answer);
    return given.length === answer.length && given.every(function (v, i) { return v === answer[i]; });
  }

  function show(question, state) {
    var result = question.querySelector(".quiz-result");
    question.classList.toggle("quiz-correct", state === "correct");
    question.classList.toggle("quiz-incorrect", state === "incorrect");
    result.textContent = state === "correct" ? "Correct."
      : state === "incorrect" ? "Not quite: open the answer to see why."
      : state === "incomplete" ? "Answer every part first." : "";
  }

  function updateScore(quiz) {
    var questions = quiz.querySelectorAll(".quiz-question");
    var correct = 0;
    questions.forEach(function (q) { if (stored(q.dataset.qid) === "correct") correct += 1; });
    var value = quiz.querySelector(".quiz-score-value");
    if (value) value.textContent = String(correct);
  }

  function setup() {
    document.querySelectorAll(".quiz-question").forEach(function (question) {
      if (question.dataset.ready) return;
      question.dataset.ready = "1";
      var actions = question.querySelector(".quiz-actions");
      if (actions) actions.hidden = false;
      var previous = stored(question.dataset.qid);
      if (previous) show(question, previous);
      question.querySelector(".quiz-check").addEventListener("click", function () {
        var verdict = grade(question);
        var state = verdict === null ? "incomplete" : verdict ? "correct" : "incorrect";
        show(question, state);
        if (state !== "incomplete") store(question.dataset.qid, state);
        var quiz = question.closest(".quiz");
        if (quiz) updateScore(quiz);
      });
    });
    document.querySelectorAll(".quiz").forEach(function (quiz) {
      var score = quiz.querySelector(".quiz-score");
      if (score) score.hidden = false;
      updateScore(quiz);
      var reset = quiz.querySelector(".quiz-reset");
      if (reset && !reset.dataset.ready) {
        reset.dataset.ready = "1";
        reset.addEventListener("click", function () {
          quiz.querySelectorAll(".quiz-question").forEach(function (q) { store(q.dataset.qid, null); show(q, ""); });
          updateScore(quiz);
        });
      }
    });
  }

  // Material's instant navigation swaps pages without a reload: re-run on each page.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
