/* Default theme: progressive enhancement only. The page works without this file. */
(function () {
  'use strict';
  var buttons = document.querySelectorAll('.print-button');
  for (var i = 0; i < buttons.length; i++) {
    var b = buttons[i];
    if (!b.textContent.trim()) { continue; }
    b.hidden = false;
    b.addEventListener('click', function () { window.print(); });
  }
})();
