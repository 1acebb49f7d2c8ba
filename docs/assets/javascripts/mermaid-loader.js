/*
 * Keep Mermaid off the CDN and off the critical path. Material for MkDocs
 * loads https://unpkg.com/mermaid@11 when `window.mermaid` is undefined
 * (PITFALLS 5). This small stand-in defines `mermaid` on every page; the
 * real library (vendored, 3.5 MB) is injected with a <script> tag, which
 * works from file:// too, only when a diagram comes near the viewport, so a
 * page whose diagrams sit below the fold loads and becomes interactive
 * without it.
 */
(function () {
  if (typeof window.mermaid !== "undefined") return;
  var here = document.currentScript && document.currentScript.src;
  var url = new URL("../../assets/vendor/mermaid/mermaid.min.js", here || document.baseURI).href;
  var config = {};
  var real = null;

  function nearViewport() {
    return new Promise(function (resolve) {
      var blocks = document.querySelectorAll(".mermaid");
      if (!blocks.length || !("IntersectionObserver" in window)) return resolve();
      var observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) {
          observer.disconnect();
          resolve();
        }
      }, { rootMargin: "600px 0px" });
      blocks.forEach(function (block) { observer.observe(block); });
    });
  }

  function load() {
    if (real) return real;
    real = nearViewport().then(function () {
      return new Promise(function (resolve, reject) {
        var stub = window.mermaid;
        var script = document.createElement("script");
        script.src = url;
        script.onload = function () {
          var lib = window.mermaid;
          window.mermaid = stub; // keep the stand-in as the global Material sees
          lib.initialize(config);
          resolve(lib);
        };
        script.onerror = function () { reject(new Error("could not load " + url)); };
        document.head.appendChild(script);
      });
    });
    return real;
  }

  window.mermaid = {
    initialize: function (options) { config = Object.assign({}, options); },
    render: function (id, text) {
      return load().then(function (lib) { return lib.render(id, text); });
    },
  };
})();
