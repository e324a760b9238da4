// Images that fail to load (the server or the network had a bad moment) show the shop's placeholder
// instead of a broken image, then try their own address again in the background, waiting longer after
// each failure. One listener on the document catches every image's error event, also of images that
// htmx swaps in later; error events do not bubble, so it listens in the capture phase.
(() => {
  const PLACEHOLDER = '/media/placeholder.svg';
  const RETRY_DELAYS_MS = [2000, 6000, 18000, 54000];

  function failed(img) {
    const src = img.getAttribute('src');
    if (!src || src === PLACEHOLDER) {
      return; // the placeholder itself failed too: the retry under way will bring the image back
    }
    const url = img.currentSrc || src;
    img.dataset.mediaSrc = src;
    img.dataset.mediaSrcset = img.getAttribute('srcset') || '';
    if (img.dataset.mediaAttempts === undefined) {
      img.dataset.mediaAttempts = '0';
    }
    showPlaceholder(img);
    scheduleRetry(img, url);
  }

  function showPlaceholder(img) {
    img.removeAttribute('srcset');
    if (img.getAttribute('src') !== PLACEHOLDER) {
      img.setAttribute('src', PLACEHOLDER);
    }
    img.dataset.mediaState = 'placeholder';
  }

  function scheduleRetry(img, url) {
    const attempt = Number(img.dataset.mediaAttempts);
    if (attempt >= RETRY_DELAYS_MS.length) {
      img.dataset.mediaState = 'gave-up';
      return;
    }
    img.dataset.mediaAttempts = String(attempt + 1);
    const delay = RETRY_DELAYS_MS[attempt] * (0.8 + Math.random() * 0.4);
    setTimeout(() => {
      // Load the image off-screen first: the placeholder stays until the real image is there
      const probe = new Image();
      probe.onload = () => restore(img);
      probe.onerror = () => scheduleRetry(img, url);
      probe.src = url;
    }, delay);
  }

  function restore(img) {
    if (img.getAttribute('src') !== PLACEHOLDER) {
      return; // something else has given the image a new address meanwhile
    }
    if (img.dataset.mediaSrcset) {
      img.setAttribute('srcset', img.dataset.mediaSrcset);
    }
    img.setAttribute('src', img.dataset.mediaSrc);
    img.dataset.mediaState = 'loaded';
    delete img.dataset.mediaSrc;
    delete img.dataset.mediaSrcset;
  }

  document.addEventListener('error', (event) => {
    if (event.target instanceof HTMLImageElement) {
      failed(event.target);
    }
  }, true);

  // Images that failed before this deferred script ran: their error event has passed, decode() still tells
  for (const img of document.images) {
    if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) {
      img.decode().catch(() => failed(img));
    }
  }
})();
