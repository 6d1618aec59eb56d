// Every page: a form with data-confirm asks before it is sent. A listener here rather than an
// onsubmit attribute, since the pages' Content-Security-Policy runs no inline script.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);

// Every page: an open menu of the top bar (a <details>) closes on a click elsewhere and on Escape;
// without this script it closes when its summary is clicked again.
document.addEventListener('click', function (event) {
  document.querySelectorAll('.topbar details[open]').forEach(function (menu) {
    if (!menu.contains(event.target)) {
      menu.removeAttribute('open');
    }
  });
});
document.addEventListener('keydown', function (event) {
  if (event.key !== 'Escape') {
    return;
  }
  document.querySelectorAll('.topbar details[open]').forEach(function (menu) {
    menu.removeAttribute('open');
    menu.querySelector('summary').focus();
  });
});
