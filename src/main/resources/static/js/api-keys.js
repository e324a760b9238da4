// The page that shows a new API key once: a Copy button puts the key on the clipboard. Without JavaScript
// (or without clipboard access) the button stays hidden and the key can be selected in its field.
(() => {
  for (const button of document.querySelectorAll('[data-copy]')) {
    const field = document.getElementById(button.dataset.copy);
    if (!field || !navigator.clipboard) {
      continue;
    }
    const status = document.getElementById(button.dataset.copyStatus);
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(field.value);
        if (status) {
          status.textContent = 'Copied to the clipboard.';
        }
      } catch (error) {
        field.select();
        if (status) {
          status.textContent = 'Select the key and copy it yourself.';
        }
      }
    });
  }
})();
