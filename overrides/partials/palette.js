/*
 * The light/dark switch, in place of the theme's own palette component.
 *
 * Why: the theme's component starts with the bundle, after the whole page is
 * parsed, and then restyles every element three times (it marks <body> as
 * switching, which a `[data-md-color-switching] *` rule matches everywhere; it
 * inserts a <meta name=color-scheme>, which Chromium treats as a change of the
 * whole page; it removes the mark a frame later). On a long page on a phone
 * that was about a third of the blocking time Lighthouse measured.
 *
 * This file runs inline right after the header (the `header` block of
 * overrides/main.html), before the content is parsed: setting the colours
 * there styles nothing twice. Later switches are the reader's own clicks.
 * It keeps the theme's markup (so its styles apply) and what the theme stores
 * (`__palette`, so a choice made on an older build carries over), but stores
 * only a choice the reader made: until then the page follows the system's
 * light or dark preference, even as it changes.
 *
 * The pure parts (which option to show, what to store) are exported for
 * node's test runner (tests/js/palette.test.js).
 */
(function (factory) {
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else api.start(document, window);
})(function () {
  "use strict";
  var AUTO = "(prefers-color-scheme)";  // the theme's "follow the system" option

  /**
   * The index of the option to show: the stored choice if it still exists,
   * else the first option whose media query matches, else the first option.
   */
  function chooseIndex(options, stored, matches) {
    if (stored && typeof stored.index === "number" && stored.index >= 0 && stored.index < options.length) {
      return stored.index;
    }
    for (var i = 0; i < options.length; i++) {
      if (options[i].media && matches(options[i].media)) return i;  // as the theme: an AUTO option always matches
    }
    return 0;
  }

  /**
   * The colours an option sets on <body>. The "follow the system" option takes
   * those of the light or dark option that matches the system now.
   */
  function colours(options, index, matches) {
    var option = options[index];
    if (option.media === AUTO) {
      var wanted = matches("(prefers-color-scheme: light)") ? "(prefers-color-scheme: light)" : "(prefers-color-scheme: dark)";
      for (var i = 0; i < options.length; i++) {
        if (options[i].media === wanted) return { media: AUTO, scheme: options[i].scheme, primary: options[i].primary, accent: options[i].accent };
      }
    }
    return { media: option.media, scheme: option.scheme, primary: option.primary, accent: option.accent };
  }

  /** What is stored for a choice, in the theme's shape. */
  function record(options, index, matches) {
    return { index: index, color: colours(options, index, matches) };
  }

  /** The options as plain data, read from the form's radio inputs. */
  function readOptions(inputs) {
    return inputs.map(function (input) {
      return {
        media: input.getAttribute("data-md-color-media"),
        scheme: input.getAttribute("data-md-color-scheme"),
        primary: input.getAttribute("data-md-color-primary"),
        accent: input.getAttribute("data-md-color-accent")
      };
    });
  }

  function start(doc, win) {
    var form = doc.querySelector("form[data-guide-palette]");
    if (!form) return;
    var inputs = Array.prototype.slice.call(form.querySelectorAll("input[name='__palette']"));
    if (!inputs.length) return;
    var options = readOptions(inputs);
    var matches = function (query) { return win.matchMedia(query).matches; };
    var stored = function () {
      try { return win.__md_get("__palette"); } catch (error) { return null; }  // storage blocked
    };

    /** A <meta> in <head> by name, created once; the theme's instant loading keeps these two. */
    function meta(name) {
      var element = doc.head.querySelector("meta[name='" + name + "']");
      if (!element) {
        element = doc.createElement("meta");
        element.setAttribute("name", name);
        doc.head.appendChild(element);
      }
      return element;
    }

    function show(index, switching) {
      var body = doc.body;
      // no colour transitions while everything changes colour (the theme's own rule)
      if (switching) body.setAttribute("data-md-color-switching", "");
      var colour = colours(options, index, matches);
      Object.keys(colour).forEach(function (key) { body.setAttribute("data-md-color-" + key, colour[key]); });
      inputs.forEach(function (input, i) {
        input.checked = i === index;
        var label = input.nextElementSibling;
        if (label && label.tagName === "LABEL") label.hidden = i !== index;  // the shown label switches to the next option
      });
      // the browser's own parts (scroll bars, form controls) and its toolbar follow the page
      var header = doc.querySelector("header");
      if (header) {
        var style = win.getComputedStyle(header);
        meta("color-scheme").setAttribute("content", style.colorScheme);
        var rgb = (style.backgroundColor.match(/\d+/g) || []).slice(0, 3);
        if (rgb.length === 3) {
          meta("theme-color").setAttribute("content", "#" + rgb.map(function (c) { return (+c).toString(16).padStart(2, "0"); }).join(""));
        }
      }
      if (switching) win.requestAnimationFrame(function () { body.removeAttribute("data-md-color-switching"); });
    }

    show(chooseIndex(options, stored(), matches), false);

    inputs.forEach(function (input, index) {
      input.addEventListener("change", function () {
        if (!input.checked) return;
        show(index, true);
        win.__md_set("__palette", record(options, index, matches));
      });
    });
    // the theme's keyboard behaviour: Enter on the focused option moves to the next one
    form.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault();
      var current = inputs.findIndex(function (input) { return input.checked; });
      var next = inputs[(current + 1) % inputs.length];
      next.click();
      next.focus();
    });
    // no stored choice yet: follow the system when its preference changes
    options.forEach(function (option) {
      if (!option.media || option.media === AUTO) return;
      win.matchMedia(option.media).addEventListener("change", function () {
        if (!stored()) show(chooseIndex(options, null, matches), true);
      });
    });
  }

  return { chooseIndex: chooseIndex, colours: colours, record: record, start: start };
});
