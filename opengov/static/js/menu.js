// The header's menu button (templates/base.html). Progressive enhancement: the button is
// rendered hidden and the menu open, so that without this script every link stays in view;
// the script shows the button and folds the menu. The CSS folds it only on small screens
// (`.menu-button[aria-expanded="false"] + .site-menu`), so wide screens always show it.
// A static file, loaded right after the header: the site's Content-Security-Policy allows
// no inline script, and the menu is folded before the page is first drawn.
(function () {
  "use strict";
  var button = document.querySelector(".site-header .menu-button");
  var menu = button && document.getElementById(button.getAttribute("aria-controls"));
  if (!menu) return;

  function isOpen() {
    return button.getAttribute("aria-expanded") === "true";
  }
  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
  }

  setOpen(false);
  button.hidden = false;
  button.addEventListener("click", function () {
    setOpen(!isOpen());
  });
  // Escape closes the open menu from the button or from inside it, and puts the focus back on
  // the button (the focus would otherwise be lost with the hidden link it was on).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !isOpen()) return;
    var focus = document.activeElement;
    if (focus !== button && !menu.contains(focus)) return;
    setOpen(false);
    button.focus();
  });
})();
