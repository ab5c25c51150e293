// Citations and claim links jump to their span in the report texts and light it up.
// A span cut into pieces (where it overlaps another) shares one data-span key, so every piece lights.
// A target inside a folded part (a story, a report's text, a table) is unfolded first.
(function () {
  "use strict";
  var lit = [];

  function unfold(el) {
    for (var d = el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
      d.open = true;
    }
  }

  function show(key) {
    if (!key) { return false; }
    var found = document.querySelectorAll('mark[data-span="' + CSS.escape(key) + '"]');
    if (!found.length) { return false; }
    lit.forEach(function (el) { el.classList.remove("hl"); });
    lit = Array.prototype.slice.call(found);
    lit.forEach(function (el) { unfold(el); el.classList.add("hl"); });
    found[0].scrollIntoView({ block: "center", inline: "nearest" });
    return true;
  }

  function reveal(key) {
    var el = key ? document.getElementById(key) : null;
    if (!el) { return false; }
    // A story's section holds its folded body: opening the story opens that.
    var body = el.tagName === "DETAILS" ? el : el.querySelector(":scope > details");
    if (body) { body.open = true; }
    unfold(el);
    el.scrollIntoView({ block: "start", inline: "nearest" });
    return true;
  }

  function fromHash() {
    var key = "";
    try { key = decodeURIComponent(location.hash.slice(1)); } catch (e) { key = ""; }
    if (!show(key)) { reveal(key); }
  }

  // The browser follows the link (so Back returns to the summary); we unfold, centre and light.
  window.addEventListener("hashchange", fromHash);
  document.addEventListener("click", function (ev) {
    var link = ev.target && ev.target.closest ? ev.target.closest('a[href^="#"]') : null;
    // Following the link already in the address bar fires no hashchange.
    if (link && link.getAttribute("href") === location.hash) {
      var key = location.hash.slice(1);
      if (show(key) || reveal(key)) { ev.preventDefault(); }
    }
  });
  // A printed report holds everything, folded parts included.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  fromHash();
})();
