// The product form's images: upload by choosing or dropping files (POST /admin/media), reorder by dragging
// or with the buttons, remove. The textarea of keys stays the form's value, so the form also works
// without this script.
(() => {
  const widget = document.querySelector('[data-image-upload]');
  if (!widget) {
    return;
  }
  const keys = document.getElementById(widget.dataset.imageUpload);
  const input = widget.querySelector('input[type="file"]');
  const drop = widget.querySelector('.image-upload__drop');
  const status = widget.querySelector('.image-upload__status');
  const previews = widget.querySelector('.image-previews');
  const csrf = () => ({
    [document.querySelector('meta[name="_csrf_header"]').content]: document.querySelector('meta[name="_csrf"]').content
  });
  let dragged = null;
  widget.hidden = false;

  const list = () => keys.value.split(/\s+/).filter(Boolean);
  const save = (values) => {
    keys.value = values.join('\n');
    render();
  };

  function button(label, action) {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'button button--secondary button--small';
    element.textContent = label;
    element.addEventListener('click', action);
    return element;
  }

  function render() {
    const values = list();
    previews.replaceChildren(...values.map((key, index) => {
      const item = document.createElement('li');
      item.draggable = true;
      item.dataset.index = String(index);
      const image = document.createElement('img');
      image.src = `/media/${encodeURIComponent(key)}/thumbnail`;
      image.alt = index === 0 ? 'Main image' : `Image ${index + 1}`;
      image.width = 80;
      image.height = 100;
      const move = (by) => () => {
        const next = list();
        const [moved] = next.splice(index, 1);
        next.splice(Math.max(0, Math.min(next.length, index + by)), 0, moved);
        save(next);
      };
      item.append(image,
        button('Earlier', move(-1)),
        button('Later', move(1)),
        button('Remove', () => save(list().filter((_, i) => i !== index))));
      item.addEventListener('dragstart', () => { dragged = index; });
      item.addEventListener('dragover', (event) => event.preventDefault());
      item.addEventListener('drop', (event) => {
        event.preventDefault();
        event.stopPropagation();
        if (dragged !== null && dragged !== index) {
          const next = list();
          const [moved] = next.splice(dragged, 1);
          next.splice(index, 0, moved);
          save(next);
        }
        dragged = null;
      });
      return item;
    }));
  }

  async function upload(files) {
    for (const file of files) {
      status.textContent = `Uploading ${file.name}…`;
      const body = new FormData();
      body.append('file', file);
      try {
        const response = await fetch('/admin/media', { method: 'POST', body, headers: csrf(), credentials: 'same-origin' });
        const answer = await response.json();
        if (!response.ok) {
          status.textContent = `${file.name}: ${answer.detail || 'the image was refused'}`;
          continue;
        }
        if (!list().includes(answer.key)) {
          save([...list(), answer.key]);
        }
        status.textContent = `${file.name} added.`;
      } catch (error) {
        status.textContent = `${file.name} could not be uploaded; check the connection and try again.`;
      }
    }
  }

  input.addEventListener('change', () => {
    upload(Array.from(input.files));
    input.value = '';
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('is-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('is-over');
    upload(Array.from(event.dataTransfer.files));
  });
  keys.addEventListener('change', render);
  render();
})();
