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

// E-forms (plugin eform): a field shown only for some answer of another field of the same step is
// hidden until then (without script it says when it applies); a long submission says it is working.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form.eform-step');
  for (var i = 0; i < forms.length; i++) {
    (function (form) {
      var dependent = form.querySelectorAll('[data-show-field]');
      var update = function () {
        for (var j = 0; j < dependent.length; j++) {
          var d = dependent[j];
          var name = d.getAttribute('data-show-field');
          var values = (d.getAttribute('data-show-values') || '').split('|');
          var inputs = form.querySelectorAll('[name="' + name + '"]');
          if (!inputs.length) { continue; } // decided on an earlier step by the server
          var shown = false;
          for (var k = 0; k < inputs.length; k++) {
            var input = inputs[k];
            var value = (input.type === 'checkbox' || input.type === 'radio') ? (input.checked ? input.value : '') : input.value;
            if (d.hasAttribute('data-show-any') ? value !== '' : values.indexOf(value) >= 0) { shown = true; }
          }
          d.hidden = !shown;
          var fields = d.querySelectorAll('input, select, textarea');
          for (var m = 0; m < fields.length; m++) { fields[m].disabled = !shown; }
          var note = d.querySelector('.condition');
          if (note) { note.hidden = true; }
        }
      };
      form.addEventListener('change', update);
      update();
      form.addEventListener('submit', function () {
        var status = form.querySelector('.processing');
        if (status) { status.textContent = form.getAttribute('data-processing') || ''; }
      });
    })(forms[i]);
  }
  var errors = document.getElementById('loi');
  if (errors) { errors.focus(); }
})();
