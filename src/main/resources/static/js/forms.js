// Every page: a form with data-confirm asks before it is sent. A listener here rather than an
// onsubmit attribute, since the pages' Content-Security-Policy runs no inline script.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);
