/*
 * Progress dashboard: per task statement, the pages read (to the end), the
 * questions attempted, first-try accuracy, and the best and latest mock
 * score; weakest first, each linked to its page and its practice set.
 * The figures come from the reader's store only.
 */
(function (root) {
  "use strict";
  var G = root.MLGuide, ui = G.ui, h = ui.h;

  /** Rows of the dashboard, weakest first (pure: bank + store data in, rows out). */
  function rows(bank, data) {
    var history = (data.mocks[bank.exam] || { history: [] }).history;
    return bank.tasks.map(function (t, order) {
      var qs = bank.questions.filter(function (q) { return q.task === t.id; });
      var tried = qs.filter(function (q) { return data.answers[q.id]; });
      var first = tried.filter(function (q) { return data.answers[q.id].first; }).length;
      var mockScores = history.filter(function (r) { return r.byTask && r.byTask[t.id]; })
        .map(function (r) { return r.byTask[t.id][0] / r.byTask[t.id][1]; });
      return {
        task: t, order: order, questions: qs.length, attempted: tried.length, first: first,
        accuracy: tried.length ? first / tried.length : null,
        read: t.pages.filter(function (k) { return data.reads[k] !== undefined; }).length, pages: t.pages.length,
        best: mockScores.length ? Math.max.apply(null, mockScores) : null,
        latest: mockScores.length ? mockScores[mockScores.length - 1] : null
      };
    }).sort(function (a, b) {
      // weakest first: a measured weakness (low accuracy, low latest mock) before the untried, then syllabus order
      var wa = weakness(a), wb = weakness(b);
      return wa - wb || a.order - b.order;
    });
  }

  function weakness(row) {
    var measures = [row.accuracy, row.latest].filter(function (x) { return x !== null; });
    if (!measures.length) return row.questions ? 0.5 : 2;  // untried sits between weak and strong
    return measures.reduce(function (a, b) { return a + b; }, 0) / measures.length;
  }

  G.views.progress = function (el, ctx) {
    var exam = ctx.exams[0];
    function pct(x) { return x === null ? "–" : Math.round(100 * x) + "%"; }
    function render() {
      el.innerHTML = "";
      var bank = ctx.banks[exam];
      var data = ctx.store.load();
      var list = rows(bank, data);
      var attempted = list.reduce(function (n, r) { return n + r.attempted; }, 0);
      var first = list.reduce(function (n, r) { return n + r.first; }, 0);
      var history = (data.mocks[exam] || { history: [] }).history;
      var last = history[history.length - 1];
      ui.add(el, [
        h("div", { class: "pa-controls" }, ui.select("Exam", ctx.exams.map(function (e) { return [e, ctx.banks[e].label]; }), exam,
          function (v) { exam = v; render(); })),
        h("p", { class: "pa-summary" }, attempted + " of " + bank.questions.length + " questions attempted, " + first +
          " right at the first try (" + ui.percent(first, attempted) + "). " +
          (last ? history.length + " mock exam" + (history.length > 1 ? "s" : "") + "; latest " + last.correct + " of " + last.total +
            ", scaled estimate " + last.scaled + "." : "No mock exam yet.")),
        h("div", { class: "pa-table-wrap pa-dashboard" }, h("table", {},
          h("caption", {}, bank.label + " task statements, weakest first"),
          h("thead", {}, h("tr", {}, ["Task statement", "Pages read", "Attempted", "First-try accuracy", "Best mock", "Latest mock", "Next step"]
            .map(function (c) { return h("th", { scope: "col" }, c); }))),
          h("tbody", {}, list.map(function (r) {
            var t = r.task;
            return h("tr", { "data-task": t.id },
              h("th", { scope: "row" }, t.page ? h("a", { href: G.site.url(t.page) }, t.id + " " + t.title) : t.id + " " + t.title),
              h("td", {}, r.read + " of " + r.pages),
              h("td", {}, r.attempted + " of " + r.questions),
              h("td", {}, pct(r.accuracy)),
              h("td", {}, pct(r.best)),
              h("td", {}, pct(r.latest)),
              h("td", {}, r.questions ? h("a", { href: "#topics/" + exam + "/" + t.id }, "Practise " + t.id) : "No questions yet"));
          }))))
      ]);
    }
    return {
      render: render,
      onshow: render,
      route: function (args) { if (args[0] && ctx.banks[args[0]] && args[0] !== exam) { exam = args[0]; render(); } }
    };
  };
  G.progressRows = rows;
})(typeof self !== "undefined" ? self : this);
