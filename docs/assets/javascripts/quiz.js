/*
 * Practice quizzes on the domain pages. Without JavaScript every question
 * still works: the answer and explanation sit in a <details> block. With it,
 * "Check answer" scores single, multiple, ordering and matching items as on
 * the exam (the first complete try counts; multiple response is
 * all-or-nothing) and keeps the answers in the reader's store
 * (practice/storage.js), shared with the practice page.
 */
(function () {
  var G = window.MLGuide || {};
  var storage = G.storage, scoring = G.scoring;
  if (!storage || !scoring) return;
  var store = storage.open();

  function questionOf(el) {
    return { type: el.dataset.type, answer: JSON.parse(el.dataset.answer) };
  }

  function response(el) {
    var type = el.dataset.type;
    if (type === "single" || type === "multiple") {
      return Array.prototype.map.call(el.querySelectorAll("input:checked"), function (i) { return i.value; });
    }
    if (type === "ordering") {
      var slots = [];
      el.querySelectorAll("select[data-item]").forEach(function (s) {
        if (s.value) slots[Number(s.value) - 1] = s.dataset.item;
      });
      for (var i = 0; i < slots.length; i++) if (slots[i] === undefined) slots[i] = "";
      return slots;
    }
    return Array.prototype.map.call(el.querySelectorAll("select[data-row]"), function (s) { return s.value; });
  }

  function fill(el, answer) {
    var type = el.dataset.type;
    if (type === "single" || type === "multiple") {
      el.querySelectorAll("input").forEach(function (i) { i.checked = answer.indexOf(i.value) >= 0; });
    } else if (type === "ordering") {
      el.querySelectorAll("select[data-item]").forEach(function (s) {
        var at = answer.indexOf(s.dataset.item);
        s.value = at >= 0 ? String(at + 1) : "";
      });
    } else {
      el.querySelectorAll("select[data-row]").forEach(function (s, i) { s.value = answer[i] || ""; });
    }
  }

  function show(el, state, note) {
    var result = el.querySelector(".quiz-result");
    el.classList.toggle("quiz-correct", state === "correct");
    el.classList.toggle("quiz-incorrect", state === "incorrect");
    var text = state === "correct" ? "Correct."
      : state === "incorrect" ? "Not quite: open the answer to see why."
      : state === "incomplete" ? "Answer every part first." : "";
    result.textContent = text + (note ? " " + note : "");
  }

  function firstTryNote(record) {
    if (!record || record.tries < 2) return "";
    return record.first ? "(Your first try was right, and it is the one that counts.)"
      : "(Your first try was wrong, and it is the one that counts.)";
  }

  /** Put a stored answer back and show its verdict; a verdict never sits beside an empty form. */
  function restore(el, record) {
    if (!record) { show(el, ""); return; }
    if (!record.response) {
      show(el, "", "You answered this in an earlier version of the guide (it counts in your score); the answer itself was not kept.");
      return;
    }
    fill(el, record.response);
    var shown = response(el);
    var verdict = scoring.grade(questionOf(el), shown);
    if (verdict === null || JSON.stringify(shown) !== JSON.stringify(record.response)) {
      show(el, "");  // the stored answer no longer fits this question (it changed): show nothing
      return;
    }
    show(el, verdict ? "correct" : "incorrect", firstTryNote(record));
  }

  function updateScore(quiz) {
    var answers = store.load().answers;
    var questions = quiz.querySelectorAll(".quiz-question");
    var attempted = 0, first = 0;
    questions.forEach(function (q) {
      var a = answers[q.dataset.qid];
      if (a) { attempted += 1; if (a.first) first += 1; }
    });
    var set = function (cls, text) { var n = quiz.querySelector(cls); if (n) n.textContent = text; };
    set(".quiz-attempted", String(attempted));
    set(".quiz-first", String(first));
    set(".quiz-percent", (questions.length ? Math.round(100 * first / questions.length) : 0) + "%");
  }

  function setupQuestion(el) {
    if (el.dataset.ready) return;
    el.dataset.ready = "1";
    var actions = el.querySelector(".quiz-actions");
    if (actions) actions.hidden = false;
    restore(el, store.load().answers[el.dataset.qid]);
    // Changing the answer after a verdict hides the verdict until the next check.
    el.addEventListener("change", function () { show(el, ""); });
    el.querySelector(".quiz-check").addEventListener("click", function () {
      var given = response(el);
      var verdict = scoring.grade(questionOf(el), given);
      if (verdict === null) { show(el, "incomplete"); return; }
      var record = store.update(function (data) {
        return storage.recordAnswer(data, el.dataset.qid, given, verdict, Date.now());
      });
      show(el, verdict ? "correct" : "incorrect", firstTryNote(record));
      var quiz = el.closest(".quiz");
      if (quiz) updateScore(quiz);
    });
  }

  function setupReset(quiz) {
    var reset = quiz.querySelector(".quiz-reset");
    if (!reset || reset.dataset.ready) return;
    reset.dataset.ready = "1";
    var box = document.createElement("span");
    box.className = "quiz-confirm";
    box.hidden = true;
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Confirm reset");
    box.innerHTML = '<span class="quiz-confirm-text"></span> ' +
      '<button type="button" class="md-button md-button--primary quiz-reset-yes">Clear my answers</button> ' +
      '<button type="button" class="md-button quiz-reset-no">Keep them</button>';
    reset.insertAdjacentElement("afterend", box);
    var questions = quiz.querySelectorAll(".quiz-question");
    reset.addEventListener("click", function () {
      box.querySelector(".quiz-confirm-text").textContent =
        "Clear your answers to the " + questions.length + " questions on this page? This cannot be undone.";
      box.hidden = false;
      reset.hidden = true;
      box.querySelector(".quiz-reset-no").focus();
    });
    function close() { box.hidden = true; reset.hidden = false; reset.focus(); }
    box.querySelector(".quiz-reset-no").addEventListener("click", close);
    box.querySelector(".quiz-reset-yes").addEventListener("click", function () {
      store.update(function (data) {
        questions.forEach(function (q) { delete data.answers[q.dataset.qid]; });
      });
      questions.forEach(function (q) { fill(q, []); show(q, ""); });
      updateScore(quiz);
      close();
    });
  }

  function setup() {
    document.querySelectorAll(".quiz-question").forEach(setupQuestion);
    document.querySelectorAll(".quiz").forEach(function (quiz) {
      var score = quiz.querySelector(".quiz-score");
      if (score) score.hidden = false;
      setupReset(quiz);
      updateScore(quiz);
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
