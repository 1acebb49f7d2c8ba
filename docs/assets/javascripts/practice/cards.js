/*
 * Flashcards with Leitner boxes (leitner.js): glossary terms (term first,
 * definition first, or mixed) and the key fact of every question that has
 * one. A session takes the cards due today, lowest box first; a card you
 * did not know comes back at the end of the session.
 */
(function (root) {
  "use strict";
  var G = root.MLGuide, ui = G.ui, h = ui.h, L = G.leitner;
  var SESSION = 20;

  function decks(ctx) {
    var out = [["glossary", "Glossary terms (" + ctx.cards.length + ")"]];
    ctx.exams.forEach(function (e) {
      var n = ctx.banks[e].questions.filter(function (q) { return q.fact; }).length;
      if (n) out.push(["facts:" + e, "Key facts from " + ctx.banks[e].label + " questions (" + n + ")"]);
    });
    return out;
  }

  /** Cards of a deck as {id, front, back, link}; ``way`` is "term", "definition" or "mixed". */
  function cardsOf(ctx, deck, way) {
    if (deck === "glossary") {
      return ctx.cards.map(function (c, i) {
        var termFirst = way === "term" || (way === "mixed" && G.draw.hash(c.id) % 2 === 0);
        return { id: c.id, front: termFirst ? h("p", { class: "pa-card-term" }, c.term) : h("p", { html: c.definition }),
                 back: termFirst ? h("p", { html: c.definition }) : h("p", { class: "pa-card-term" }, c.term),
                 link: G.site.url(c.link), linkText: "Glossary entry" };
      });
    }
    var exam = deck.split(":")[1];
    var bank = ctx.banks[exam];
    return bank.questions.filter(function (q) { return q.fact; }).map(function (q) {
      return { id: "fact:" + q.id, front: h("div", {}, h("p", { class: "pa-q-meta" }, bank.label + " task " + q.task + ": what fact does this question turn on?"), h("div", { html: q.stem })),
               back: h("p", {}, h("strong", { html: q.fact })), link: G.site.url(q.teaches), linkText: "Study this topic" };
    });
  }

  G.views.flashcards = function (el, ctx) {
    var state = { deck: "glossary", way: "term", queue: null, seen: 0, known: 0 };
    var saved = ctx.store.load().settings.cards;
    if (saved) { state.deck = saved.deck || state.deck; state.way = saved.way || state.way; }

    function render(focus) {
      el.innerHTML = "";
      var all = cardsOf(ctx, state.deck, state.way);
      if (!all.length) { state.deck = "glossary"; all = cardsOf(ctx, "glossary", state.way); }
      var data = ctx.store.load();
      var ids = all.map(function (c) { return c.id; });
      var counts = L.counts(data.cards, ids);
      var dueNow = L.due(data.cards, ids, L.today()).length;
      ui.add(el, [
        h("div", { class: "pa-controls" },
          ui.select("Deck", decks(ctx), state.deck, function (v) { state.deck = v; state.queue = null; persist(); render(); }),
          state.deck === "glossary" ? ui.select("Show first", [["term", "The term"], ["definition", "The definition"], ["mixed", "Either, mixed"]],
            state.way, function (v) { state.way = v; persist(); render(); }) : null),
        h("ul", { class: "pa-boxes", "aria-label": "Cards per Leitner box" }, counts.map(function (n, i) {
          return h("li", { "data-box": String(i + 1) }, h("span", { class: "pa-box-name" }, "Box " + (i + 1)), " ", h("strong", {}, String(n)));
        })),
        h("p", { class: "pa-due" }, dueNow + " of " + ids.length + " cards due today.")
      ]);
      if (!state.queue) {
        ui.add(el, h("div", { class: "pa-actions" }, ui.button(dueNow ? "Start a session (" + Math.min(SESSION, dueNow) + " cards)" : "Nothing due: review anyway",
          function () {
            var list = L.due(ctx.store.load().cards, ids, L.today(), SESSION);
            if (!list.length) list = ids.slice(0, SESSION);
            state.queue = list; state.seen = 0; state.known = 0;
            render(true);
          }, { primary: true, class: "md-button md-button--primary pa-start-cards" })));
        return;
      }
      if (!state.queue.length) {
        var done = h("p", { class: "pa-session-done", tabindex: "-1" }, "Session done: " + state.seen + " answers, " + state.known +
          " known. Known cards come back after 1, 3, 7 or 14 days as they climb the boxes.");
        ui.add(el, [done, h("div", { class: "pa-actions" }, ui.button("Another session", function () { state.queue = null; render(true); }, { class: "md-button pa-again" }))]);
        if (focus) done.focus();
        return;
      }
      var card = all.filter(function (c) { return c.id === state.queue[0]; })[0];
      if (!card) { state.queue.shift(); render(focus); return; }
      var box = L.state(data.cards, card.id).box;
      var heading = h("h3", { class: "pa-card-heading", tabindex: "-1" }, "Card " + (state.seen + 1) + " · box " + box + " · " + state.queue.length + " left");
      var back = h("div", { class: "pa-card-back", hidden: true }, card.back, h("p", {}, h("a", { href: card.link }, card.linkText)));
      var answerButtons = h("div", { class: "pa-actions", hidden: true },
        ui.button("I knew it", function () { mark(true); }, { primary: true, class: "md-button md-button--primary pa-knew" }),
        ui.button("Not yet", function () { mark(false); }, { class: "md-button pa-not-yet" }));
      var show = ui.button("Show the answer", function () {
        back.hidden = false; answerButtons.hidden = false; show.hidden = true;
        answerButtons.querySelector("button").focus();
      }, { class: "md-button md-button--primary pa-show" });
      function mark(known) {
        ctx.store.update(function (d) { L.answer(d.cards, card.id, known, L.today()); });
        state.seen += 1;
        state.queue.shift();
        if (known) state.known += 1; else state.queue.push(card.id);  // again at the end of this session
        render(true);
      }
      ui.add(el, h("div", { class: "pa-card", "aria-labelledby": null }, heading, h("div", { class: "pa-card-front" }, card.front), back,
        h("div", { class: "pa-actions" }, show), answerButtons));
      if (focus) heading.focus();
    }

    function persist() {
      ctx.store.update(function (d) { d.settings.cards = { deck: state.deck, way: state.way }; });
    }

    return {
      render: function () { state.queue = null; render(false); },
      onshow: function () { if (!state.queue) render(false); }
    };
  };
})(typeof self !== "undefined" ? self : this);
