/*
 * Keep Mermaid off the CDN. Material for MkDocs loads
 * https://unpkg.com/mermaid@11 when `window.mermaid` is undefined (PITFALLS 5).
 * This tiny stand-in defines `mermaid` on every page; the real library
 * (vendored, 3.5 MB) is injected with a <script> tag only when a page
 * actually renders a diagram, so it works from file:// as well.
 */
(function () {
  if (typeof window.mermaid !== "undefined") return;
  var here = document.currentScript && document.currentScript.src;
  var url = new URL("../../assets/vendor/mermaid/mermaid.min.js", here || document.baseURI).href;
  var config = {};
  var real = null;
  function load() {
    if (real) return real;
    real = new Promise(function (resolve, reject) {
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
    return real;
  }
  window.mermaid = {
    initialize: function (options) { config = Object.assign({}, options); },
    render: function (id, text) {
      return load().then(function (lib) { return lib.render(id, text); });
    },
  };
})();
