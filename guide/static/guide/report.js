// The report's Print button (a static file, not an onclick attribute: the site's
// Content-Security-Policy allows no inline script).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
