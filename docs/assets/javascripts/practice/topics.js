/*
 * Practice by topic: the questions of one task statement or one domain, one
 * at a time, with immediate feedback, every option's explanation and a link
 * to the teaching section. Filters: all, not yet answered, answered wrong
 * (latest answer), flagged. Answers go to the same store as the quiz pages,
 * and the first complete try is the one that counts.
 */
(function (root) {
  "use strict";
  var G = root.MLGuide, ui = G.ui, h = ui.h;
  var FILTERS = [["all", "All questions"], ["new", "Not yet answered"], ["wrong", "Answered wrong"], ["flagged", "Flagged"]];

  function setsOf(bank) {
    var out = [];
    bank.domains.forEach(function (d) {
      out.push({ key: "d" + d.id, label: "Domain " + d.id + ": " + d.title, match: function (q) { return q.domain === d.id; } });
      bank.tasks.filter(function (t) { return t.domain === d.id; }).forEach(function (t) {
        out.push({ key: t.id, label: "– " + t.id + " " + t.title, match: function (q) { return q.task === t.id; } });
      });
    });
    return out;
  }

  function keep(filter, data, q) {
    var a = data.answers[q.id];
    if (filter === "new") return !a;
    if (filter === "wrong") return !!a && !a.correct;
    if (filter === "flagged") return !!data.flags[q.id];
    return true;
  }

  G.views.topics = function (el, ctx) {
    var state = { exam: ctx.exams[0], set: null, filter: "all", list: [], at: 0 };
    var saved = ctx.store.load().settings.topics;
    if (saved && ctx.banks[saved.exam]) { state.exam = saved.exam; state.set = saved.set; state.filter = saved.filter || "all"; }
    var controls = h("div", { class: "pa-controls" });
    var status = h("p", { class: "pa-set-status" });
    var stage = h("div", { class: "pa-stage" });
    ui.add(el, [controls, status, stage]);

    function save() {
      ctx.store.update(function (data) { data.settings.topics = { exam: state.exam, set: state.set, filter: state.filter }; });
    }

    function choose(exam, set, filter) {
      state.exam = exam;
      var sets = setsOf(ctx.banks[exam]);
      state.set = sets.some(function (s) { return s.key === set; }) ? set : sets[0].key;
      state.filter = filter || state.filter;
      var data = ctx.store.load();
      var match = sets.filter(function (s) { return s.key === state.set; })[0].match;
      state.list = ui.grouped(ctx.banks[exam].questions.filter(match))
        .filter(function (q) { return keep(state.filter, data, q); });
      state.at = 0;
      save();
      draw();
    }

    function drawControls() {
      var bank = ctx.banks[state.exam];
      var data = ctx.store.load();
      controls.innerHTML = "";
      var sets = setsOf(bank).map(function (s) {
        var all = bank.questions.filter(s.match);
        var done = all.filter(function (q) { return data.answers[q.id]; }).length;
        return [s.key, s.label + " (" + done + "/" + all.length + " answered)"];
      });
      ui.add(controls, [
        ui.select("Exam", ctx.exams.map(function (e) { return [e, ctx.banks[e].label]; }), state.exam,
          function (v) { choose(v, null); }),
        ui.select("Question set", sets, state.set, function (v) { choose(state.exam, v); }),
        ui.select("Show", FILTERS, state.filter, function (v) { choose(state.exam, state.set, v); })
      ]);
    }

    function draw(focus) {
      drawControls();
      stage.innerHTML = "";
      var data = ctx.store.load();
      var inSet = state.list.length;
      var answered = state.list.filter(function (q) { return data.answers[q.id]; });
      var first = answered.filter(function (q) { return data.answers[q.id].first; }).length;
      status.textContent = inSet ? inSet + " questions in this view · " + answered.length + " answered · " +
        first + " right at the first try" : "";
      if (!inSet) {
        ui.add(stage, h("p", { class: "pa-empty" }, state.filter === "all" ? "No questions in this set yet." :
          "No question matches this filter. Choose “All questions” to see the whole set."));
        return;
      }
      var q = state.list[state.at];
      var bank = ctx.banks[state.exam];
      var previous = state.at > 0 ? state.list[state.at - 1] : null;
      var widget = ui.question(q, { number: state.at + 1, total: inSet, bank: bank,
        showCase: !previous || previous.case !== q.case || !q.case, onchange: function () { widget.hide(); } });
      var record = data.answers[q.id];
      var flagged = !!data.flags[q.id];
      var check = ui.button("Check answer", function () {
        var response = widget.response();
        var verdict = G.scoring.grade(q, response);
        if (verdict === null) { widget.el.querySelector(".pa-result").textContent = "Answer every part first."; return; }
        var saved = ctx.store.update(function (d) { return G.storage.recordAnswer(d, q.id, response, verdict, Date.now()); });
        widget.reveal(verdict, note(saved));
        drawControls();
      }, { primary: true, class: "md-button md-button--primary pa-check" });
      var flag = ui.button(flagged ? "Flagged" : "Flag for later", function () {
        var on = ctx.store.update(function (d) { if (d.flags[q.id]) delete d.flags[q.id]; else d.flags[q.id] = true; return !!d.flags[q.id]; });
        flag.textContent = on ? "Flagged" : "Flag for later";
        flag.setAttribute("aria-pressed", String(on));
      }, { "aria-pressed": String(flagged), class: "md-button pa-flag" });
      var prev = ui.button("Previous", function () { state.at -= 1; draw(true); }, { disabled: state.at === 0, class: "md-button pa-prev" });
      var next = ui.button("Next", function () { state.at += 1; draw(true); }, { disabled: state.at >= inSet - 1, class: "md-button pa-next" });
      ui.add(stage, [widget.el, h("div", { class: "pa-actions" }, check, flag, prev, next)]);
      if (record && record.response) {
        widget.fill(record.response);
        var verdict = G.scoring.grade(q, widget.response());
        if (verdict !== null) widget.reveal(verdict, note(record));
        else widget.fill([]);
      }
      if (focus) widget.heading.focus();
    }

    function note(record) {
      if (!record || record.tries < 2) return "";
      return record.first ? "Your first try was right; it is the one that counts." :
        "Your first try was wrong; it is the one that counts.";
    }

    return {
      render: function () { choose(state.exam, state.set, state.filter); },
      route: function (args) {
        if (args[0] && ctx.banks[args[0]]) choose(args[0], args[1] || null, "all");
      }
    };
  };
})(typeof self !== "undefined" ? self : this);
