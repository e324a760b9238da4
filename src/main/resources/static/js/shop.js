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

// A fragment of another module that may not answer (yet) is optional: its element starts hidden and carries
// data-optional. It is shown once the module answers with content; an error or an empty answer leaves it
// hidden and is not reported as an htmx error, so the page shows neither a gap nor a message for it.
// data-outcome says what happened (shown, empty, failed).
function optionalSlot(event) {
  return event.target instanceof Element ? event.target.closest('[data-optional]') : null;
}
document.addEventListener('htmx:beforeSwap', (event) => {
  const slot = optionalSlot(event);
  if (!slot) {
    return;
  }
  const status = event.detail.xhr.status;
  const content = typeof event.detail.serverResponse === 'string' && event.detail.serverResponse.trim() !== '';
  const show = status >= 200 && status < 300 && content;
  event.detail.shouldSwap = show;
  event.detail.isError = false;
  if (!show) {
    slot.dataset.outcome = status >= 400 ? 'failed' : 'empty';
  }
});
document.addEventListener('htmx:afterSwap', (event) => {
  const slot = optionalSlot(event);
  if (slot && (slot.children.length > 0 || slot.textContent.trim() !== '')) {
    slot.hidden = false;
    slot.dataset.outcome = 'shown';
  }
});
document.addEventListener('htmx:sendError', (event) => {
  const slot = optionalSlot(event);
  if (slot) {
    slot.dataset.outcome = 'failed';
  }
});
