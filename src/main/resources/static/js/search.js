// Keyboard use of the header's search suggestions: arrow keys move through them, Enter opens one,
// Escape closes the list. htmx fills the list; this only manages focus and aria state.
(() => {
  const input = document.getElementById('site-search');
  const list = document.getElementById('search-suggestions');
  if (!input || !list) {
    return;
  }
  const items = () => Array.from(list.querySelectorAll('[role="option"]'));
  let active = -1;

  function highlight(index) {
    const options = items();
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0 && options[index]) {
      input.setAttribute('aria-activedescendant', options[index].id);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function close() {
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    highlight(-1);
  }

  list.addEventListener('htmx:afterSwap', () => {
    input.setAttribute('aria-expanded', String(items().length > 0));
    highlight(-1);
  });

  input.addEventListener('keydown', (event) => {
    const options = items();
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      highlight((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      highlight((active - 1 + options.length) % options.length);
    } else if (event.key === 'Enter' && active >= 0 && options[active]) {
      event.preventDefault();
      options[active].querySelector('a').click();
    } else if (event.key === 'Escape') {
      close();
    }
  });

  document.addEventListener('click', (event) => {
    if (!event.target.closest('.search__box')) {
      close();
    }
  });
})();
