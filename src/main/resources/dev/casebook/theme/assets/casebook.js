/* Casebook: progressive enhancement only. Without this file every list is a plain ordered list and search
   points to the home page. With it: step-through teaching mode on lists marked data-stepper, and search. */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) e.textContent = text;
    return e;
  }

  /* Step-through: one item at a time, keyboard operable (buttons, and arrow keys, Home, End inside the list). */
  function stepper(list, n) {
    var items = Array.prototype.slice.call(list.children);
    if (items.length < 2) return;
    var current = 0;
    var on = false;
    var bar = el("div", { "class": "stepper-bar", role: "group", "aria-label": "Step-through controls" });
    var toggle = el("button", { type: "button", "class": "stepper-toggle", "aria-pressed": "false" }, "Step through");
    var prev = el("button", { type: "button", "class": "stepper-prev" }, "\u2190 Previous");
    var next = el("button", { type: "button", "class": "stepper-next" }, "Next \u2192");
    var status = el("span", { "class": "stepper-status", role: "status", "aria-live": "polite" });
    bar.appendChild(toggle); bar.appendChild(prev); bar.appendChild(next); bar.appendChild(status);
    list.parentNode.insertBefore(bar, list);
    list.id = list.id || "stepper-" + n;
    bar.setAttribute("aria-controls", list.id);
    var scope = list.closest("figure, section") || list.parentNode;
    var drawing = scope.querySelector(".drawing-wrap svg");

    function show() {
      items.forEach(function (li, i) {
        li.hidden = on && i !== current;
        li.classList.toggle("is-current", on && i === current);
      });
      prev.hidden = next.hidden = !on;
      prev.disabled = current === 0;
      next.disabled = current === items.length - 1;
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      toggle.textContent = on ? "Show all steps" : "Step through";
      list.classList.toggle("stepping", on);
      status.textContent = on ? "Step " + (current + 1) + " of " + items.length : "";
      if (drawing) {
        var id = items[current].getAttribute("data-step");
        Array.prototype.forEach.call(drawing.querySelectorAll("[data-step]"), function (node) {
          node.classList.toggle("is-current", on && node.getAttribute("data-step") === id);
        });
      }
    }
    function go(i) {
      var had = document.activeElement;
      current = Math.max(0, Math.min(items.length - 1, i));
      show();
      if (had === next && next.disabled) prev.focus();
      if (had === prev && prev.disabled) next.focus();
    }
    toggle.addEventListener("click", function () { on = !on; show(); if (on) next.focus(); });
    prev.addEventListener("click", function () { go(current - 1); });
    next.addEventListener("click", function () { go(current + 1); });
    bar.addEventListener("keydown", function (e) {
      if (!on) return;
      var keys = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: items.length - 1 };
      if (Object.prototype.hasOwnProperty.call(keys, e.key)) { e.preventDefault(); go(keys[e.key]); }
      if (e.key === "Escape") { on = false; show(); toggle.focus(); }
    });
    window.addEventListener("hashchange", function () {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      var i = items.indexOf(target);
      if (on && i >= 0) go(i);
    });
    show();
  }

  /* Search over window.CASEBOOK_SEARCH (assets/search-index.js), from file:// with no server. Each entry carries
     its distinct words (lower-cased, punctuation cut from their edges) rather than its text: a query word is
     looked for in the title, the summary and those words. */
  function fold(s) {
    return (s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function search(form) {
    var index = window.CASEBOOK_SEARCH || [];
    var input = form.querySelector("input[type=search]");
    var results = document.getElementById("results");
    var status = document.getElementById("search-status");
    var prepared = index.map(function (e) {
      return { e: e, title: fold(e.title), all: fold(e.title + " " + e.summary + " " + e.words) };
    });
    function cut(text) {
      if (text.length <= 220) return text;
      var space = text.lastIndexOf(" ", 220);
      return text.slice(0, space > 0 ? space : 220) + "\u2026";
    }
    function snippet(e) {
      if (e.summary) return cut(e.summary);
      return typeof e.snippet === "string" ? e.snippet : cut(e.words);
    }
    function run() {
      var words = fold(input.value).split(/\s+/).map(function (w) {
        return w.replace(/^\p{P}+|\p{P}+$/gu, ""); // as the index's words: "referral," finds "referral"
      }).filter(Boolean);
      results.textContent = "";
      if (!words.length) { status.textContent = "Type a word to search " + index.length + " pages."; return; }
      var hits = prepared.filter(function (p) {
        return words.every(function (w) { return p.all.indexOf(w) >= 0; });
      }).map(function (p) {
        var score = 0;
        words.forEach(function (w) { if (p.title.indexOf(w) >= 0) score += 3; if (p.all.indexOf(w) >= 0) score += 1; });
        return { p: p, score: score };
      }).sort(function (a, b) { return b.score - a.score || (a.p.e.title < b.p.e.title ? -1 : 1); });
      hits.forEach(function (h) {
        var li = el("li", { "class": "result kind-" + h.p.e.kind });
        li.appendChild(el("span", { "class": "result-kind" }, h.p.e.kind));
        var a = el("a", { href: h.p.e.url }, h.p.e.title);
        li.appendChild(a);
        li.appendChild(el("p", { "class": "result-text" }, snippet(h.p.e)));
        results.appendChild(li);
      });
      status.textContent = hits.length + (hits.length === 1 ? " result" : " results") + " for \u201c" + input.value.trim() + "\u201d";
    }
    var q = new URLSearchParams(location.search).get("q");
    if (q) input.value = q;
    form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
    input.addEventListener("input", run);
    run();
  }

  function start() {
    document.documentElement.classList.add("js");
    Array.prototype.forEach.call(document.querySelectorAll("[data-stepper]"), stepper);
    var form = document.querySelector("form[data-search]");
    if (form) search(form);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
