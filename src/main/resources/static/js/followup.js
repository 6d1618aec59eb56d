// The follow-up list: a copy button beside each filled script (without JavaScript the text is selectable).
for (const button of document.querySelectorAll('.copy-script')) {
  const text = button.parentElement.querySelector('.script-text');
  button.hidden = false;
  button.addEventListener('click', async () => {
    text.select();
    try {
      await navigator.clipboard.writeText(text.value);
    } catch {
      document.execCommand('copy');
    }
    button.classList.add('copied');
  });
}
