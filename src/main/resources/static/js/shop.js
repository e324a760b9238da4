// Sends Spring Security's CSRF token with every htmx request; the token comes from the page's <meta> tags.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A fragment from another module that fails shows its quiet fallback text instead of an error; the text goes
// into the element marked data-fallback-slot when there is one (so a panel keeps its heading).
function showFallback(event) {
  const owner = event.target.closest('[data-fallback]');
  if (!owner) {
    return;
  }
  const slot = owner.querySelector('[data-fallback-slot]') || owner;
  slot.textContent = owner.dataset.fallback;
}
document.addEventListener('htmx:responseError', showFallback);
document.addEventListener('htmx:sendError', showFallback);
