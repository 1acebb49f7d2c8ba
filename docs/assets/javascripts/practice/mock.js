/*
 * Timed mock exams. The length (questions and minutes) comes from the exam
 * data file through the bank; the draw (draw.js) follows the domain weights
 * and keeps case-study sets together. While the mock runs there are no
 * explanations; flag, navigator and a review screen come before submit.
 * The running mock lives in the store, so a reload resumes it (and a mock
 * whose time ran out while the page was closed is submitted on return).
 */
(function (root) {
  "use strict";
  var G = root.MLGuide, ui = G.ui, h = ui.h;
  var HISTORY = 20;
  var SIZES = [["full", "Full length"], ["half", "Half length"], ["quick", "Quick: 10 questions"]];

  /** Questions and minutes of a mock: the exam's pace, for as many questions as the bank can give. */
  function plan(bank, size) {
    var count = size === "half" ? Math.ceil(bank.count / 2) : size === "quick" ? Math.min(10, bank.count) : bank.count;
    count = Math.min(count, bank.questions.length);
    return { count: count, minutes: bank.minutes * count / bank.count };
  }

  function clock(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    var hh = Math.floor(s / 3600), mm = Math.floor(s % 3600 / 60), ss = s % 60;
    return (hh ? hh + ":" + (mm < 10 ? "0" : "") : "") + mm + ":" + (ss < 10 ? "0" : "") + ss;
  }

  G.views.mock = function (el, ctx) {
    var exam = ctx.exams[0];
    var timer = null;
    var phase = "questions";  // or "review"
    var reportFor = null;     // index into history of the report shown
    el.classList.add("pa-mock");
    ctx.exams.forEach(function (code) {  // a running mock is what the reader comes back to
      var m = ctx.store.load().mocks[code];
      if (m && m.active) exam = code;
    });

    function mocks(data, code) {
      return data.mocks[code] || (data.mocks[code] = { active: null, history: [] });
    }
    function active() { return (ctx.store.load().mocks[exam] || {}).active || null; }
    function questionsOf(run) {
      var byId = {};
      ctx.banks[run.exam].questions.forEach(function (q) { byId[q.id] = q; });
      return run.ids.map(function (id) { return byId[id]; }).filter(Boolean);
    }
    function stopTimer() { if (timer) { clearInterval(timer); timer = null; } }

    function start(size, seed) {
      var bank = ctx.banks[exam];
      var p = plan(bank, size);
      seed = seed || G.draw.newSeed();
      var drawn = G.draw.drawMock(bank.questions, bank.domains, p.count, exam + ":" + seed);
      var now = Date.now();
      ctx.store.update(function (data) {
        mocks(data, exam).active = { exam: exam, seed: seed, size: size, ids: drawn.ids, startedAt: now,
          deadline: now + Math.round(p.minutes * 60000), responses: {}, flags: {}, at: 0 };
      });
      phase = "questions";
      render(true);
    }

    function submit(timedOut) {
      stopTimer();
      var run = active();
      if (!run) return;
      var questions = questionsOf(run);
      var result = G.scoring.report(questions, run.responses, ctx.banks[run.exam].scaling);
      ctx.store.update(function (data) {
        var m = mocks(data, run.exam);
        m.history.push({ at: Date.now(), seed: run.seed, size: run.size, ids: run.ids, responses: run.responses,
          timedOut: !!timedOut, correct: result.correct, total: result.total, scaled: result.scaled,
          byDomain: result.byDomain, byTask: result.byTask });
        if (m.history.length > HISTORY) m.history = m.history.slice(-HISTORY);
        m.active = null;
      });
      reportFor = "latest";
      render(true);
      if (ctx.views.progress) ctx.views.progress.render();
    }

    function render(focus) {
      stopTimer();
      el.innerHTML = "";
      var run = active();
      if (run && run.deadline <= Date.now()) { submit(true); return; }
      if (run) { (phase === "review" ? reviewScreen : running)(run, focus); return; }
      if (reportFor !== null) { report(focus); return; }
      startScreen();
    }

    // ---------------------------------------------------------- start

    function startScreen() {
      var bank = ctx.banks[exam];
      var size = "full";
      var seedId = ui.uid("seed");
      var seed = h("input", { id: seedId, type: "text", inputmode: "text", autocomplete: "off", size: "12", class: "pa-seed" });
      var describe = h("p", { class: "pa-plan" });
      function explain() {
        var p = plan(bank, size);
        var short = bank.questions.length < bank.count && p.count === bank.questions.length ?
          " The bank holds only " + bank.questions.length + " questions for this exam so far, so this mock has all of them, " +
          "with time at the exam's pace (" + bank.count + " questions in " + bank.minutes + " minutes)." : "";
        describe.textContent = p.count + " questions in " + Math.round(p.minutes) +
          " minutes, drawn in proportion to the " + bank.label + " domain weights." + short;
      }
      explain();
      var history = (ctx.store.load().mocks[exam] || { history: [] }).history;
      ui.add(el, [
        h("div", { class: "pa-controls" },
          ui.select("Exam", ctx.exams.map(function (e) { return [e, ctx.banks[e].label + (ctx.banks[e].retired ? " (retired)" : "")]; }),
            exam, function (v) { exam = v; reportFor = null; render(); }),
          ui.select("Length", SIZES, size, function (v) { size = v; explain(); }),
          h("span", { class: "pa-field" }, h("label", { for: seedId }, "Seed (optional, repeats a draw)"), seed)),
        describe,
        h("div", { class: "pa-actions" }, ui.button("Start the mock exam", function () { start(size, seed.value.trim()); },
          { primary: true, class: "md-button md-button--primary pa-start" })),
        history.length ? h("div", {},
          h("h3", {}, "Your earlier " + bank.label + " mocks"),
          h("ul", { class: "pa-history" }, history.slice().reverse().map(function (r, i) {
            var index = history.length - 1 - i;
            return h("li", {}, new Date(r.at).toLocaleString() + ": " + r.correct + " of " + r.total + " (" +
              ui.percent(r.correct, r.total) + "), scaled estimate " + r.scaled + " ",
              ui.button("Show report", function () { reportFor = index; render(true); }, { class: "md-button pa-show-report" }));
          }))) : null
      ]);
    }

    // ---------------------------------------------------------- questions

    function saveRun(change) {
      ctx.store.update(function (data) { var run = mocks(data, exam).active; if (run) change(run); });
    }

    function running(run, focus) {
      var questions = questionsOf(run);
      var bank = ctx.banks[run.exam];
      var at = Math.min(run.at, questions.length - 1);
      var q = questions[at];
      var left = h("span", { class: "pa-timer", role: "timer", "aria-label": "Time left" }, clock(run.deadline - Date.now()));
      var header = h("div", { class: "pa-mock-bar" },
        h("strong", {}, bank.label + " mock"), " · ",
        h("span", {}, Object.keys(run.responses).filter(function (id) { return G.scoring.complete(qOf(id), run.responses[id]); }).length +
          " of " + questions.length + " answered"), " · time left ", left);
      function qOf(id) { return questions.filter(function (x) { return x.id === id; })[0]; }
      var previous = at > 0 ? questions[at - 1] : null;
      var widget = ui.question(q, { number: at + 1, total: questions.length, bank: bank,
        showCase: !q.case || !previous || previous.case !== q.case,
        onchange: function () {
          var r = widget.response();
          saveRun(function (s) { s.responses[q.id] = r; });
          updateNavigator();
        } });
      widget.fill(run.responses[q.id]);
      var flagged = !!run.flags[q.id];
      var flag = ui.button(flagged ? "Flagged for review" : "Flag for review", function () {
        var on = !flagged;
        flagged = on;
        saveRun(function (s) { if (on) s.flags[q.id] = true; else delete s.flags[q.id]; });
        flag.textContent = on ? "Flagged for review" : "Flag for review";
        flag.setAttribute("aria-pressed", String(on));
        updateNavigator();
      }, { "aria-pressed": String(flagged), class: "md-button pa-flag" });
      function go(i) { saveRun(function (s) { s.at = i; }); phase = "questions"; render(true); }
      var nav = h("nav", { class: "pa-navigator", "aria-label": "Question navigator" });
      function updateNavigator() {
        var fresh = active();
        nav.innerHTML = "";
        ui.add(nav, h("ol", {}, questions.map(function (x, i) {
          var done = G.scoring.complete(x, fresh.responses[x.id]);
          var marked = !!fresh.flags[x.id];
          var label = "Question " + (i + 1) + (done ? ", answered" : ", not answered") + (marked ? ", flagged" : "");
          return h("li", {}, h("button", { type: "button", class: "pa-nav" + (done ? " pa-done" : "") + (marked ? " pa-marked" : ""),
            "aria-label": label, "aria-current": i === at ? "step" : null, onclick: function () { go(i); } },
            String(i + 1) + (marked ? "⚑" : "")));
        })));
      }
      updateNavigator();
      ui.add(el, [header, widget.el,
        h("div", { class: "pa-actions" },
          ui.button("Previous", function () { go(at - 1); }, { disabled: at === 0, class: "md-button pa-prev" }),
          ui.button("Next", function () { go(at + 1); }, { disabled: at >= questions.length - 1, class: "md-button pa-next" }),
          flag,
          ui.button("Review and submit", function () { phase = "review"; render(true); }, { class: "md-button md-button--primary pa-review" })),
        nav]);
      timer = setInterval(function () {
        var remaining = run.deadline - Date.now();
        left.textContent = clock(remaining);
        if (remaining <= 0) submit(true);
      }, 1000);
      if (focus) widget.heading.focus();
    }

    function reviewScreen(run, focus) {
      var questions = questionsOf(run);
      var open = [], marked = [];
      questions.forEach(function (q, i) {
        if (!G.scoring.complete(q, run.responses[q.id])) open.push(i);
        if (run.flags[q.id]) marked.push(i);
      });
      var left = h("span", { class: "pa-timer", role: "timer", "aria-label": "Time left" }, clock(run.deadline - Date.now()));
      function jump(i) { return ui.button(String(i + 1), function () { ctx.store.update(function (d) { mocks(d, exam).active.at = i; }); phase = "questions"; render(true); },
        { class: "md-button pa-jump", "aria-label": "Go to question " + (i + 1) }); }
      var heading = h("h3", { tabindex: "-1", class: "pa-review-heading" }, "Review before you submit");
      ui.add(el, [heading,
        h("p", {}, (questions.length - open.length) + " of " + questions.length + " answered, " + marked.length +
          " flagged. Time left ", left, ". After you submit you see your score and every explanation; you cannot change answers."),
        h("p", {}, open.length ? "Not answered: " : "Every question has an answer."), open.length ? h("p", { class: "pa-jumps" }, open.map(jump)) : null,
        marked.length ? h("p", {}, "Flagged for review: ") : null, marked.length ? h("p", { class: "pa-jumps" }, marked.map(jump)) : null,
        h("div", { class: "pa-actions" },
          ui.button("Back to the questions", function () { phase = "questions"; render(true); }, { class: "md-button pa-back" }),
          ui.button("Submit answers", function () { submit(false); }, { primary: true, class: "md-button md-button--primary pa-submit" }))]);
      timer = setInterval(function () {
        var remaining = run.deadline - Date.now();
        left.textContent = clock(remaining);
        if (remaining <= 0) submit(true);
      }, 1000);
      if (focus) heading.focus();
    }

    // ---------------------------------------------------------- report

    function report(focus) {
      var history = (ctx.store.load().mocks[exam] || { history: [] }).history;
      var r = reportFor === "latest" ? history[history.length - 1] : history[reportFor];
      if (!r) { reportFor = null; startScreen(); return; }
      var bank = ctx.banks[exam];
      var s = bank.scaling;
      var heading = h("h3", { tabindex: "-1", class: "pa-report-heading" }, bank.label + " mock: your result");
      var tasks = {};
      bank.tasks.forEach(function (t) { tasks[t.id] = t; });
      var taskRows = Object.keys(r.byTask).map(function (id) { return [id, r.byTask[id]]; })
        .sort(function (a, b) { return a[1][0] / a[1][1] - b[1][0] / b[1][1] || (a[0] < b[0] ? -1 : 1); });
      ui.add(el, [heading,
        r.timedOut ? h("p", { class: "pa-note" }, "Time ran out: the answers given by then were submitted.") : null,
        h("p", { class: "pa-score" }, h("strong", {}, r.correct + " of " + r.total + " correct (" + ui.percent(r.correct, r.total) + ")"),
          ". Scaled estimate: ", h("strong", { class: "pa-scaled" }, String(r.scaled)), " on " + s.min + "–" + s.max +
          " (passing score " + s.passing + "): " + (r.scaled >= s.passing ? "at or above" : "below") + " the pass mark."),
        h("p", { class: "pa-caveat" }, h("strong", {}, "How rough this is. "), s.caveat),
        h("div", { class: "pa-table-wrap pa-report-domains" }, h("table", {},
          h("caption", {}, "By domain"),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Domain"), h("th", { scope: "col" }, "Weight"), h("th", { scope: "col" }, "Correct"), h("th", { scope: "col" }, "Score"))),
          h("tbody", {}, bank.domains.map(function (d) {
            var row = r.byDomain[d.id] || [0, 0];
            return h("tr", {}, h("td", {}, d.id + ". " + d.title), h("td", {}, d.weight + "%"),
              h("td", {}, row[0] + " of " + row[1]), h("td", {}, ui.percent(row[0], row[1])));
          })))),
        h("div", { class: "pa-table-wrap pa-report-tasks" }, h("table", {},
          h("caption", {}, "By task statement, weakest first, with what to study next"),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Task statement"), h("th", { scope: "col" }, "Correct"), h("th", { scope: "col" }, "Study next"))),
          h("tbody", {}, taskRows.map(function (pair) {
            var t = tasks[pair[0]] || { id: pair[0], title: "" };
            return h("tr", {}, h("td", {}, t.id + " " + t.title), h("td", {}, pair[1][0] + " of " + pair[1][1] + " (" + ui.percent(pair[1][0], pair[1][1]) + ")"),
              h("td", {}, t.page ? h("a", { href: G.site.url(t.page) }, "Read " + t.id) : null, " · ",
                h("a", { href: "#topics/" + exam + "/" + t.id }, "Practise " + t.id)));
          })))),
        h("p", {}, "Seed " + r.seed + " (enter it to draw the same questions again)."),
        h("div", { class: "pa-actions" },
          ui.button("New mock exam", function () { reportFor = null; render(true); }, { primary: true, class: "md-button md-button--primary pa-new" })),
        h("h3", {}, "Every question, with explanations")]);
      var byId = {};
      bank.questions.forEach(function (q) { byId[q.id] = q; });
      var previous = null;
      r.ids.forEach(function (id, i) {
        var q = byId[id];
        if (!q) return;
        var widget = ui.question(q, { number: i + 1, total: r.ids.length, bank: bank, showCase: !q.case || !previous || previous.case !== q.case });
        widget.fill(r.responses[id]);
        widget.lock();
        var verdict = G.scoring.grade(q, r.responses[id]);
        widget.reveal(verdict === null ? null : verdict);
        ui.add(el, widget.el);
        previous = q;
      });
      if (focus) heading.focus();
    }

    return {
      render: function () { render(false); },
      route: function (args) {
        if (args[0] && ctx.banks[args[0]] && args[0] !== exam) { exam = args[0]; reportFor = null; render(false); }
      }
    };
  };
})(typeof self !== "undefined" ? self : this);
