/*
 * Shared pieces of the practice page: a tiny element builder and the
 * question widget used by practice by topic and the mock exam. Question
 * HTML comes from the build's own bank (assets/practice/bank-<exam>.js).
 */
(function (root) {
  "use strict";
  var G = root.MLGuide = root.MLGuide || {};
  G.views = G.views || {};
  var counter = 0;

  /** h("button", {class: "x", onclick: f}, "text", child, ...) */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key.indexOf("on") === 0) el.addEventListener(key.slice(2), value);
      else if (key === "html") el.innerHTML = value;
      else if (key === "text") el.textContent = value;
      else el.setAttribute(key, value === true ? "" : value);
    });
    for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
    return el;
  }
  function add(el, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { add(el, c); }); return; }
    el.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  function uid(prefix) { counter += 1; return prefix + "-" + counter; }
  function letter(i) { return String.fromCharCode(65 + i); }
  function button(text, onclick, extra) {
    var attrs = { type: "button", class: "md-button" + (extra && extra.primary ? " md-button--primary" : ""), onclick: onclick };
    Object.keys(extra || {}).forEach(function (k) { if (k !== "primary") attrs[k] = extra[k]; });
    return h("button", attrs, text);
  }
  function select(label, options, value, onchange) {
    var id = uid("sel");
    var sel = h("select", { id: id, onchange: function () { onchange(sel.value); } },
      options.map(function (o) { return h("option", { value: o[0], selected: o[0] === value }, o[1]); }));
    return h("span", { class: "pa-field" }, h("label", { for: id }, label), sel);
  }
  function percent(a, b) { return b ? Math.round(100 * a / b) + "%" : "–"; }

  var KIND = { single: "Choose one", ordering: "Put in order", matching: "Match each item" };

  /**
   * A question form. opts: {number, total, bank, showCase, onchange}.
   * Returns {el, response(), fill(r), reveal(verdict, note), lock(), heading}.
   */
  function question(q, opts) {
    var id = uid("q");
    var kind = q.type === "multiple" ? "Choose " + q.answer.length : KIND[q.type];
    if (q.type === "matching") kind += q.spare && q.spare.length ? " (some choices fit no item)" : " (a choice can fit more than one item)";
    var heading = h("h3", { class: "pa-q-heading", id: id + "-h", tabindex: "-1" },
      "Question " + opts.number + (opts.total ? " of " + opts.total : ""));
    var meta = h("p", { class: "pa-q-meta" }, kind + " · task " + q.task + (q.case ? " · case study" : ""));
    var caseBox = null;
    if (q.case && opts.showCase !== false && opts.bank.cases[q.case]) {
      var c = opts.bank.cases[q.case];
      caseBox = h("div", { class: "quiz-case" }, h("p", {}, h("strong", {}, "Case study: " + c.title)), h("div", { html: c.scenario }));
    }
    var stem = h("div", { class: "pa-q-stem", id: id + "-stem", html: q.stem });
    var controls, inputs = [];
    var changed = function () { if (opts.onchange) opts.onchange(); };
    if (q.type === "single" || q.type === "multiple") {
      controls = h("fieldset", { class: "pa-options" }, h("legend", { class: "pa-sr" }, kind),
        q.options.map(function (o, i) {
          var input = h("input", { type: q.type === "single" ? "radio" : "checkbox", name: id, value: o.id, onchange: changed });
          inputs.push(input);
          return h("label", { class: "pa-option" }, input, h("span", { class: "quiz-letter" }, letter(i) + "."), h("span", { html: o.text }));
        }));
    } else if (q.type === "ordering") {
      controls = h("fieldset", { class: "pa-options" }, h("legend", { class: "pa-sr" }, kind + ": give each step its position"),
        q.options.map(function (o) {
          var textId = uid("t");
          var sel = h("select", { "data-item": o.id, "aria-labelledby": textId, "aria-label": null, onchange: changed },
            h("option", { value: "" }, "Position"),
            q.options.map(function (x, i) { return h("option", { value: String(i + 1) }, String(i + 1)); }));
          inputs.push(sel);
          return h("div", { class: "pa-row" }, sel, h("span", { id: textId, html: o.text }));
        }));
    } else {
      controls = h("table", { class: "pa-matching" }, h("tbody", {}, q.rows.map(function (row, i) {
        var textId = uid("t");
        var sel = h("select", { "data-row": String(i), "aria-labelledby": textId, onchange: changed },
          h("option", { value: "" }, "Choose…"),
          q.choices.map(function (c) { return h("option", { value: c }, c); }));
        inputs.push(sel);
        return h("tr", {}, h("td", { id: textId, html: row }), h("td", {}, sel));
      })));
    }
    var result = h("p", { class: "pa-result", role: "status" });
    var feedback = h("div", { class: "pa-feedback", hidden: true });
    var el = h("section", { class: "pa-question", "aria-labelledby": id + "-h", "data-qid": q.id, "data-type": q.type },
      heading, meta, caseBox, stem, controls, result, feedback);

    function response() {
      if (q.type === "single" || q.type === "multiple") {
        return inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
      }
      if (q.type === "ordering") {
        var slots = q.options.map(function () { return ""; });
        inputs.forEach(function (s) { if (s.value) slots[Number(s.value) - 1] = s.dataset.item; });
        return slots;
      }
      return inputs.map(function (s) { return s.value; });
    }
    function fill(r) {
      r = r || [];
      if (q.type === "single" || q.type === "multiple") inputs.forEach(function (i) { i.checked = r.indexOf(i.value) >= 0; });
      else if (q.type === "ordering") inputs.forEach(function (s) { var at = r.indexOf(s.dataset.item); s.value = at >= 0 ? String(at + 1) : ""; });
      else inputs.forEach(function (s, i) { s.value = r[i] || ""; });
    }
    function lock(on) { inputs.forEach(function (i) { i.disabled = on !== false; }); }
    /** Show the verdict and every explanation. */
    function reveal(verdict, note) {
      el.classList.toggle("quiz-correct", verdict === true);
      el.classList.toggle("quiz-incorrect", verdict === false);
      result.textContent = (verdict === true ? "Correct." : verdict === false ? "Not quite." : "Not answered.") + (note ? " " + note : "");
      feedback.innerHTML = "";
      if (q.type === "single" || q.type === "multiple") {
        var keys = q.answer.map(function (a) { return letter(q.options.map(function (o) { return o.id; }).indexOf(a)); });
        add(feedback, h("p", {}, h("strong", {}, "Answer: " + keys.join(", ") + ".")));
        add(feedback, h("ul", { class: "pa-whys" }, q.options.map(function (o, i) {
          var right = q.answer.indexOf(o.id) >= 0;
          return h("li", {}, h("strong", {}, letter(i) + " – " + (right ? "Correct" : "Incorrect") + ". "), h("span", { html: o.why }));
        })));
      } else if (q.type === "ordering") {
        var byId = {}; q.options.forEach(function (o) { byId[o.id] = o; });
        add(feedback, h("p", {}, h("strong", {}, "Answer:")));
        add(feedback, h("ol", { class: "pa-whys" }, q.answer.map(function (a) {
          return h("li", {}, h("span", { html: byId[a].text }), ": ", h("span", { html: byId[a].why }));
        })));
      } else {
        add(feedback, h("p", {}, h("strong", {}, "Answer:")));
        add(feedback, h("ul", { class: "pa-whys" }, q.rows.map(function (row, i) {
          return h("li", {}, h("span", { html: row }), " → ", h("strong", {}, q.answer[i]), ": ", h("span", { html: q.why[i] }));
        })));
        if (q.spare && q.spare.length) add(feedback, h("p", {}, "Matches no item: " + q.spare.join(", ") + "."));
      }
      add(feedback, h("div", { html: q.explanation }));
      if (q.fact) add(feedback, h("p", {}, h("strong", {}, "Key fact: "), q.fact));
      add(feedback, h("p", {}, h("a", { href: G.site.url(q.teaches) }, "Study this topic")));
      feedback.hidden = false;
    }
    function hide() {
      el.classList.remove("quiz-correct", "quiz-incorrect");
      result.textContent = "";
      feedback.hidden = true;
    }
    return { el: el, heading: heading, response: response, fill: fill, lock: lock, reveal: reveal, hide: hide };
  }

  /** Questions of a list in exam order, each case-study set together at its first member. */
  function grouped(questions) {
    var out = [], seen = {};
    questions.forEach(function (q) {
      if (!q.case) { out.push(q); return; }
      if (seen[q.case]) return;
      seen[q.case] = true;
      questions.forEach(function (m) { if (m.case === q.case) out.push(m); });
    });
    return out;
  }

  G.ui = { h: h, add: add, uid: uid, button: button, select: select, percent: percent, question: question,
           grouped: grouped, letter: letter };
})(typeof self !== "undefined" ? self : this);
