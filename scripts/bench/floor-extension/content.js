// The bench floor's content script: the least an extension that checks text
// in the page can do per keystroke. Every input sets the same hook the
// benchmark watches on ReviewGuard (`reviewguard-compose[data-length]`) at
// once: no reading of the page, no checking, no drawing.
let host = null;
document.addEventListener(
  'input',
  (e) => {
    const field = e.composedPath()[0];
    if (!(field instanceof HTMLTextAreaElement)) return;
    if (!host) {
      host = document.createElement('reviewguard-compose');
      document.body.append(host);
    }
    host.setAttribute('data-length', String(field.value.length));
  },
  true,
);
