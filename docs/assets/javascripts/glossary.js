/*
 * Glossary helpers, no framework, nothing fetched (works from file://).
 *
 * 1. Abbreviation meanings on focus, tap and hover: every <abbr title> and
 *    every glossary link with a title shows its meaning in one shared
 *    tooltip (role="tooltip", linked with aria-describedby). Without
 *    JavaScript the title attribute still gives the browser's hover tooltip.
 * 2. The glossary page's filter box: hides the entries whose names do not
 *    contain what you type, and the letter groups left empty.
 *
 * The matching rule is a plain function, exported as GlossaryFilter.matches.
 */
(function () {
  "use strict";

  /** True when one of the entry's names ("a|b|c", lower case) contains the query. */
  function matches(names, query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) return true;
    return String(names || "").split("|").some(function (name) { return name.indexOf(q) !== -1; });
  }
  window.GlossaryFilter = { matches: matches };

  // ------------------------------------------------------------ tooltips
  var TIP_ID = "glossary-tip";
  var SELECTOR = "abbr[data-tip], a.glossary-link[data-tip]";
  var current = null;

  function tipElement() {
    var tip = document.getElementById(TIP_ID);
    if (!tip) {
      tip = document.createElement("div");
      tip.id = TIP_ID;
      tip.className = "glossary-tip";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      document.body.appendChild(tip);
    }
    return tip;
  }

  function show(el) {
    var tip = tipElement();
    tip.textContent = el.getAttribute("data-tip");
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + "px";
    // below the word, or above it when the viewport has no room underneath
    var below = box.bottom + 6 + tip.offsetHeight <= document.documentElement.clientHeight;
    tip.style.top = (below ? box.bottom + 6 : box.top - 6 - tip.offsetHeight) + window.scrollY + "px";
    el.setAttribute("aria-describedby", TIP_ID);
    current = el;
  }

  function hide() {
    var tip = document.getElementById(TIP_ID);
    if (tip) tip.hidden = true;
    if (current) current.removeAttribute("aria-describedby");
    current = null;
  }

  function prepareTips(root) {
    // Move title to data-tip so the browser's own tooltip does not double ours.
    root.querySelectorAll("abbr[title], a.glossary-link[title]").forEach(function (el) {
      el.setAttribute("data-tip", el.getAttribute("title"));
      el.removeAttribute("title");
      if (el.tagName === "ABBR" && !el.hasAttribute("tabindex")) el.setAttribute("tabindex", "0");
    });
  }

  function target(event) {
    return event.target && event.target.closest ? event.target.closest(SELECTOR) : null;
  }

  document.addEventListener("focusin", function (event) {
    var el = target(event);
    if (el) show(el); else hide();
  });
  document.addEventListener("focusout", function (event) {
    if (target(event) === current) hide();
  });
  document.addEventListener("mouseover", function (event) {
    var el = target(event);
    if (el) show(el);
  });
  document.addEventListener("mouseout", function (event) {
    if (target(event) && document.activeElement !== current) hide();
  });
  document.addEventListener("click", function (event) {
    var el = target(event);
    if (el && el.tagName === "ABBR") { el.focus(); show(el); }
    else if (!el) hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });

  // ------------------------------------------------------------ filter box
  function setupFilter() {
    var box = document.querySelector(".glossary-filter");
    var input = document.getElementById("glossary-filter-input");
    if (!box || !input || input.dataset.ready) return;
    input.dataset.ready = "1";
    box.hidden = false;
    var entries = Array.prototype.slice.call(document.querySelectorAll(".glossary-entry"));
    var letters = Array.prototype.slice.call(document.querySelectorAll(".glossary-letter"));
    var count = box.querySelector(".glossary-count");

    function apply() {
      var shown = 0;
      entries.forEach(function (entry) {
        var ok = matches(entry.getAttribute("data-names"), input.value);
        entry.hidden = !ok;
        if (ok) shown += 1;
      });
      letters.forEach(function (group) {
        group.hidden = !group.querySelector(".glossary-entry:not([hidden])");
      });
      count.textContent = input.value.trim() ? shown + " of " + entries.length + " terms" : "";
    }
    input.addEventListener("input", apply);
    apply();
  }

  function setup() {
    hide();
    prepareTips(document);
    setupFilter();
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
