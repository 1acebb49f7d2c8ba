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

  // On a narrow screen a left-to-right flowchart becomes top-to-bottom, so
  // its labels keep a readable size (the "vertical variant").
  var NARROW = "(max-width: 44.9375em)";
  var HORIZONTAL = /^((?:\s*%%[^\n]*\n)*\s*(?:flowchart|graph)\s+)(LR|RL)\b/;
  function forScreen(text) {
    return window.matchMedia && window.matchMedia(NARROW).matches ? text.replace(HORIZONTAL, "$1TB") : text;
  }

  // Width the diagram was drawn at (Mermaid writes it as max-width on the <svg>).
  function naturalWidth(svg) {
    var match = /max-width:\s*([\d.]+)px/.exec(svg) || /viewBox="[\d.-]+ [\d.-]+ ([\d.]+)/.exec(svg);
    return match ? Number(match[1]) : 0;
  }

  function openFullSize(svg) {
    var dialog = document.createElement("dialog");
    dialog.className = "mermaid-zoom";
    dialog.setAttribute("aria-label", "Diagram at full size");
    dialog.innerHTML = '<div class="mermaid-zoom__bar"><span>Diagram at full size: scroll to explore</span>' +
      '<button type="button" class="mermaid-zoom__close">Close</button></div><div class="mermaid-zoom__body"></div>';
    dialog.querySelector(".mermaid-zoom__body").innerHTML = svg;
    var drawn = dialog.querySelector(".mermaid-zoom__body svg");
    if (drawn) drawn.setAttribute("width", String(naturalWidth(svg) || drawn.getAttribute("width")));
    dialog.querySelector(".mermaid-zoom__close").addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () { dialog.remove(); });
    document.body.appendChild(dialog);
    dialog.showModal();
  }

  // Called by Material with the diagram's (closed) shadow root once it is in
  // the page: a diagram drawn at under 80% of its size opens full size on tap.
  function zoomable(svg) {
    return function (shadow) {
      var host = shadow && shadow.host;
      var width = naturalWidth(svg);
      if (!host || !width || !host.clientWidth || host.clientWidth / width >= 0.8) return;
      host.classList.add("mermaid-zoomable");
      host.tabIndex = 0;
      host.setAttribute("role", "button");
      host.setAttribute("aria-label", "Diagram shown small: open it at full size");
      var hint = document.createElement("span");
      hint.className = "mermaid-zoom-hint";
      hint.textContent = "Tap or click the diagram to open it at full size.";
      host.insertAdjacentElement("afterend", hint);
      host.addEventListener("click", function () { openFullSize(svg); });
      host.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); openFullSize(svg); }
      });
    };
  }

  window.mermaid = {
    initialize: function (options) { config = Object.assign({}, options); },
    render: function (id, text) {
      return load().then(function (lib) { return lib.render(id, forScreen(text)); }).then(function (result) {
        // Material reads { svg, fn } and calls fn(shadowRoot); Mermaid 11 names
        // its own callback bindFunctions, which Material never called either.
        return { svg: result.svg, fn: zoomable(result.svg) };
      });
    },
  };
})();
