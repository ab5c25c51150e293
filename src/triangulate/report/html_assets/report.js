// Citations and claim links jump to their span in the report texts and light it up.
// A span cut into pieces (where it overlaps another) shares one data-span key, so every piece lights.
(function () {
  "use strict";
  var lit = [];

  function show(key) {
    if (!key) { return false; }
    var found = document.querySelectorAll('mark[data-span="' + CSS.escape(key) + '"]');
    if (!found.length) { return false; }
    lit.forEach(function (el) { el.classList.remove("hl"); });
    lit = Array.prototype.slice.call(found);
    lit.forEach(function (el) { el.classList.add("hl"); });
    found[0].scrollIntoView({ block: "center", inline: "nearest" });
    return true;
  }

  function fromHash() {
    var key = "";
    try { key = decodeURIComponent(location.hash.slice(1)); } catch (e) { key = ""; }
    show(key);
  }

  // The browser follows the link (so Back returns to the summary); we centre and light the span.
  window.addEventListener("hashchange", fromHash);
  document.addEventListener("click", function (ev) {
    var link = ev.target && ev.target.closest ? ev.target.closest('a[href^="#"]') : null;
    // Following the link already in the address bar fires no hashchange.
    if (link && link.getAttribute("href") === location.hash && show(location.hash.slice(1))) {
      ev.preventDefault();
    }
  });
  fromHash();
})();
