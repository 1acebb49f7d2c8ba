// Unit tests of the light/dark switch's choices, apart from any page:
// overrides/partials/palette.js (inlined in every page's header).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const palette = require(path.join(__dirname, "..", "..", "overrides", "partials", "palette.js"));

const LIGHT = { media: "(prefers-color-scheme: light)", scheme: "default", primary: "indigo", accent: "deep-orange" };
const DARK = { media: "(prefers-color-scheme: dark)", scheme: "slate", primary: "indigo", accent: "deep-orange" };
const AUTO = { media: "(prefers-color-scheme)", scheme: "default", primary: "indigo", accent: "deep-orange" };
const system = (scheme) => (query) => query === "(prefers-color-scheme)" || query === `(prefers-color-scheme: ${scheme})`;

test("without a stored choice the page follows the system", () => {
  assert.equal(palette.chooseIndex([LIGHT, DARK], null, system("light")), 0);
  assert.equal(palette.chooseIndex([LIGHT, DARK], null, system("dark")), 1);
  assert.equal(palette.chooseIndex([LIGHT, DARK], null, () => false), 0, "no query matches: the first option");
});

test("a stored choice wins over the system, unless the option no longer exists", () => {
  assert.equal(palette.chooseIndex([LIGHT, DARK], { index: 0 }, system("dark")), 0);
  assert.equal(palette.chooseIndex([LIGHT, DARK], { index: 1 }, system("light")), 1);
  assert.equal(palette.chooseIndex([LIGHT, DARK], { index: 5 }, system("dark")), 1);
  assert.equal(palette.chooseIndex([LIGHT, DARK], { color: {} }, system("dark")), 1, "a record without an index");
});

test("the stored record has the theme's shape, so choices carry over both ways", () => {
  assert.deepEqual(palette.record([LIGHT, DARK], 1, system("light")), {
    index: 1, color: { media: DARK.media, scheme: "slate", primary: "indigo", accent: "deep-orange" },
  });
});

test("a follow-the-system option takes the colours of the option that matches now", () => {
  const options = [AUTO, LIGHT, DARK];
  assert.equal(palette.chooseIndex(options, null, system("dark")), 0, "as the theme, the automatic option matches first");
  assert.equal(palette.colours(options, 0, system("dark")).scheme, "slate");
  assert.equal(palette.colours(options, 0, system("light")).scheme, "default");
  assert.equal(palette.colours(options, 0, system("dark")).media, AUTO.media);
});
