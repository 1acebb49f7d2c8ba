/*
 * The practice page: one page with in-page sections (topics, mock exams,
 * flashcards, progress, your data), so a single store serves all of it in
 * every browser, including those that give each file:// page its own
 * storage. Routes live in the hash: #topics/mla-c01/1.1, #mock/mla-c01,
 * #flashcards, #progress/mla-c01, #your-data.
 */
(function (root) {
  "use strict";
  var G = root.MLGuide;
  var ui = G.ui, h = ui.h;
  var SECTIONS = [["topics", "By topic"], ["mock", "Mock exam"], ["flashcards", "Flashcards"],
                  ["progress", "Progress"], ["your-data", "Your data"]];
  G.views = G.views || {};

  /** The section and arguments of a hash; of the page's own hash when none is given. */
  function route(hash) {
    var parts = decodeURIComponent((hash === undefined ? location.hash : hash).replace(/^#/, "")).split("/");
    return { section: parts[0], args: parts.slice(1) };
  }

  function sectionOf(doc, name) {
    var own = doc.querySelector('[data-section="' + name + '"]');
    if (own) return own;
    var target = name && doc.getElementById(name);
    return target ? target.closest("[data-section]") : null;
  }

  function mount(doc) {
    var sections = doc.querySelectorAll("[data-section]");
    if (!sections.length || doc.querySelector(".pa-tabs")) {
      if (G.app.ctx) G.app.ctx.show();
      return;
    }
    var exams = Object.keys(root.MLGuideBank || {}).sort();
    var ctx = {
      store: G.storage.open(),
      banks: root.MLGuideBank || {},
      cards: root.MLGuideCards || [],
      exams: exams,
      route: route,
      views: {},
      go: function (hash) {
        if (location.hash === "#" + hash) ctx.show(); else location.hash = hash;
      },
      // Views render when first shown (a bank of hundreds of questions stays cheap to open);
      // refresh() re-renders the view on screen and marks the others stale.
      refresh: function () {
        Object.keys(ctx.views).forEach(function (k) { stale[k] = true; });
        if (shown) { delete stale[shown.dataset.section]; ctx.views[shown.dataset.section].render(); }
      }
    };
    var stale = {}, shown = null;
    if (G.app.ctx) root.removeEventListener("hashchange", G.app.ctx.show);  // an earlier page (instant navigation)
    G.app.ctx = ctx;
    var tabs = h("nav", { class: "pa-tabs", "aria-label": "Practice sections" },
      h("ul", {}, SECTIONS.map(function (s) {
        return h("li", {}, h("a", { href: "#" + s[0], "data-tab": s[0] }, s[1]));
      })));
    sections[0].parentNode.insertBefore(tabs, sections[0]);
    doc.querySelectorAll("[data-practice-view]").forEach(function (el) {
      var name = el.dataset.practiceView;
      var make = name === "your-data" ? dataView : G.views[name];
      if (!make) return;
      el.innerHTML = "";
      ctx.views[name] = make(el, ctx);
    });
    ctx.show = function (event) {
      // On a hash change, the hash it changed to: the theme's section tracking may already
      // have replaced the address's hash (history.replaceState) by the time this runs.
      var r = route(event && event.newURL !== undefined ? new URL(event.newURL).hash : undefined);
      var active = sectionOf(doc, r.section) || sectionOf(doc, "topics");
      sections.forEach(function (s) { s.hidden = s !== active; });
      tabs.querySelectorAll("a").forEach(function (a) {
        if (a.dataset.tab === active.dataset.section) a.setAttribute("aria-current", "page");
        else a.removeAttribute("aria-current");
      });
      var view = ctx.views[active.dataset.section];
      var name = active.dataset.section;
      if (view && stale[name]) { delete stale[name]; view.render(); }
      else if (view && view.onshow && shown !== active) view.onshow();  // figures may have changed elsewhere
      shown = active;
      if (view && view.route) view.route(r.section === active.dataset.section ? r.args : []);
    };
    root.addEventListener("hashchange", ctx.show);
    Object.keys(ctx.views).forEach(function (k) { stale[k] = true; });
    ctx.show();
    doc.documentElement.classList.add("pa-ready");
    if (root.performance && performance.mark) performance.mark("mlguide-practice-ready");  // tools/bench.py
  }

  // ------------------------------------------------------------ your data: export, import, clear

  function dataView(el, ctx) {
    var message = h("p", { class: "pa-message", role: "status" });
    var alert = h("p", { class: "pa-error", role: "alert" });
    var fileId = ui.uid("import");
    var file = h("input", { type: "file", id: fileId, accept: ".json,application/json", class: "pa-file" });
    var confirmBox = h("div", { class: "pa-confirm", hidden: true });

    function say(text, isError) {
      message.textContent = isError ? "" : text;
      alert.textContent = isError ? text : "";
    }
    function summary(data) {
      return Object.keys(data.answers).length + " answers, " + Object.keys(data.cards).length + " flashcards, " +
        Object.keys(data.mocks).reduce(function (n, e) { return n + data.mocks[e].history.length; }, 0) + " mock results, " +
        Object.keys(data.reads).length + " pages read";
    }
    function exportNow() {
      var data = ctx.store.load();
      var blob = new Blob([G.storage.exportText(data)], { type: "application/json" });
      var link = h("a", { href: URL.createObjectURL(blob), download: "ml-on-aws-progress-" + new Date().toISOString().slice(0, 10) + ".json" });
      document.body.appendChild(link);
      link.click();
      link.remove();
      say("Exported " + summary(data) + ".");
    }
    file.addEventListener("change", function () {
      var chosen = file.files && file.files[0];
      if (!chosen) return;
      var reader = new FileReader();
      reader.onload = function () {
        var parsed = G.storage.parseImport(String(reader.result));
        file.value = "";
        if (!parsed.ok) { say(parsed.error, true); return; }
        ctx.store.replace(parsed.data);
        say("Imported " + summary(parsed.data) + ". It replaced the progress this browser had.");
        ctx.refresh();
      };
      reader.onerror = function () { say("The file could not be read. Your progress is unchanged.", true); };
      reader.readAsText(chosen);
    });
    var clearButton = ui.button("Clear all progress", function () {
      confirmBox.hidden = false;
      clearButton.hidden = true;
      confirmBox.querySelector(".pa-no").focus();
    });
    function closeConfirm() { confirmBox.hidden = true; clearButton.hidden = false; clearButton.focus(); }
    ui.add(confirmBox, [
      h("p", {}, "Clear every answer, flag, flashcard box, mock result and page read in this browser? Export first if you may want them back."),
      ui.button("Clear everything", function () {
        ctx.store.clear();
        closeConfirm();
        say("Cleared. Your progress starts again from nothing.");
        ctx.refresh();
      }, { class: "md-button pa-yes" }),
      " ",
      ui.button("Keep my progress", closeConfirm, { class: "md-button md-button--primary pa-no" })
    ]);
    var stats = h("p", { class: "pa-stats" });
    ui.add(el, [stats,
      h("div", { class: "pa-actions" },
        ui.button("Export progress (JSON)", exportNow, { primary: true, class: "md-button md-button--primary pa-export" }),
        h("span", { class: "pa-field" }, h("label", { for: fileId }, "Import progress from a file"), file),
        clearButton),
      confirmBox, message, alert]);
    function render() { stats.textContent = "This browser holds " + summary(ctx.store.load()) + "."; }
    return { render: render, onshow: render };
  }

  G.app = { mount: mount, ctx: null };
})(typeof self !== "undefined" ? self : this);
