/*
 * Loaded on every page (small). It knows where the site root is (from this
 * script's own URL, so it works served, under a mike version and from
 * file://), records the pages a reader has read to the end (for the
 * progress dashboard), and on the practice page loads the practice modules
 * and the question banks with <script> elements: from file:// Chromium
 * refuses fetch() of local files, but scripts load.
 */
(function () {
  "use strict";
  var G = window.MLGuide = window.MLGuide || {};
  var me = document.currentScript;
  if (!me || !G.storage) return;
  var root = new URL("../../../", me.src);  // assets/javascripts/practice/loader.js -> site root
  var MODULES = ["draw.js", "leitner.js", "ui.js", "topics.js", "mock.js", "cards.js", "progress.js", "app.js"];

  /** The store key of a page, the same as guide.practice.page_key builds from the source path. */
  function pageKey(href) {
    var path = decodeURIComponent(href.split("#")[0].split("?")[0]);
    if (path.indexOf(root.href) !== 0) return null;
    path = path.slice(root.href.length).replace(/(^|\/)index\.html$/, "").replace(/\.html$/, "");
    return path.replace(/^\/+|\/+$/g, "");
  }

  G.site = {
    root: root.href,
    pageKey: pageKey,
    url: function (relative) { return new URL(relative, root).href; }
  };

  function markRead() {
    var key = pageKey(location.href);
    if (key === null) return;
    G.storage.open().update(function (data) { data.reads[key] = Date.now(); });
  }

  var observer = null;
  function watchEnd() {
    if (observer) observer.disconnect();
    var article = document.querySelector("article.md-content__inner");
    if (!article || !("IntersectionObserver" in window)) return;
    if (document.querySelector("[data-practice-view]")) return;  // the practice room itself is not reading
    var end = document.createElement("span");
    end.className = "pa-read-marker";
    end.setAttribute("aria-hidden", "true");
    article.appendChild(end);
    observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) { markRead(); observer.disconnect(); }
    });
    observer.observe(end);
  }

  var loading = null;
  /** Load scripts in parallel; async = false keeps their order of execution. */
  function loadScripts(urls) {
    return Promise.all(urls.map(function (url) {
      return new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = url;
        s.async = false;
        s.onload = resolve;
        s.onerror = function () { reject(new Error("could not load " + url)); };
        document.head.appendChild(s);
      });
    }));
  }

  /** Start loading as soon as this script runs (the page body is parsed by then); mount later. */
  function load() {
    var views = document.querySelectorAll("[data-practice-view]");
    if (!views.length) return null;
    var exams = {};
    views.forEach(function (v) { (v.dataset.exams || "").split(/\s+/).forEach(function (e) { if (e) exams[e] = true; }); });
    if (!loading) {
      var here = new URL(".", me.src);
      var urls = MODULES.map(function (m) { return new URL(m, here).href; })
        .concat(Object.keys(exams).map(function (e) { return G.site.url("assets/practice/bank-" + e + ".js"); }))
        .concat([G.site.url("assets/practice/cards.js")]);
      loading = loadScripts(urls);
    }
    return loading;
  }

  function startApp() {
    var views = document.querySelectorAll("[data-practice-view]");
    if (!load()) return;
    loading.then(function () { G.app.mount(document); }, function (error) {
      views.forEach(function (v) { v.textContent = "The practice tools did not load (" + error.message + ")."; });
    });
  }

  function setup() {
    watchEnd();
    startApp();
  }

  load();
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
