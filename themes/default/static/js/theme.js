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

  // Main-menu sections open on hover and keyboard focus (CSS). Esc closes an open one and
  // returns to its link (WCAG 1.4.13: dismissible); arrow down opens it again. A drop-down that
  // would leave the window opens leftwards.
  var sections = document.querySelectorAll('.main-nav .has-children');
  for (var j = 0; j < sections.length; j++) {
    (function (section) {
      var link = section.querySelector('a');
      section.addEventListener('keydown', function (e) {
        if (e.key === 'Escape' || e.key === 'Esc') {
          section.classList.add('is-closed');
          link.focus();
        } else if (e.key === 'ArrowDown' && e.target === link) {
          section.classList.remove('is-closed');
          var first = section.querySelector('.submenu a');
          if (first) { e.preventDefault(); first.focus(); }
        }
      });
      var fit = function () {
        var list = section.querySelector('.submenu');
        section.classList.remove('is-flipped');
        if (list && list.getBoundingClientRect().right > document.documentElement.clientWidth) {
          section.classList.add('is-flipped');
        }
      };
      section.addEventListener('focusin', function (e) {
        if (!section.contains(e.relatedTarget)) { section.classList.remove('is-closed'); fit(); }
      });
      section.addEventListener('mouseenter', fit);
      section.addEventListener('mouseleave', function () { section.classList.remove('is-closed'); });
    })(sections[j]);
  }
})();

/* Search suggestions: a search box marked data-suggest="<site key>" gets the titles that
   complete what is typed, as the options of a native <datalist> (keyboard and screen readers
   handle it like any input suggestion). Without JavaScript the box is a plain GET form. */
(function () {
  'use strict';
  if (!window.fetch) { return; }
  var boxes = document.querySelectorAll('input[data-suggest]');
  for (var i = 0; i < boxes.length; i++) {
    (function (input, n) {
      var list = document.createElement('datalist');
      list.id = 'search-suggestions-' + n;
      input.parentNode.appendChild(list);
      input.setAttribute('list', list.id);
      var timer = null;
      var asked = '';
      input.addEventListener('input', function () {
        clearTimeout(timer);
        var q = input.value.trim();
        if (q.length < 2 || q === asked) { return; }
        timer = setTimeout(function () {
          asked = q;
          var lang = input.getAttribute('data-lang') || document.documentElement.lang || 'vi';
          fetch('/api/v1/search/suggest?site=' + encodeURIComponent(input.getAttribute('data-suggest'))
              + '&locale=' + encodeURIComponent(lang) + '&q=' + encodeURIComponent(q),
              { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
            .then(function (data) {
              while (list.firstChild) { list.removeChild(list.firstChild); }
              (data.suggestions || []).forEach(function (s) {
                var o = document.createElement('option');
                o.value = s;
                list.appendChild(o);
              });
            })
            .catch(function () { /* suggestions are a convenience: the form still works */ });
        }, 200);
      });
    })(boxes[i], i);
  }
})();
