// The customer list: one box ticks every customer shown, for putting them into a group at once.
document.querySelectorAll('[data-check-all]').forEach((all) => {
  all.addEventListener('change', () => {
    all.closest('form').querySelectorAll('input[name="buyerIds"]').forEach((box) => { box.checked = all.checked; });
  });
});
