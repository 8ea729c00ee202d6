// The bench floor's content script: the least an extension that checks text
// in its background can do per keystroke. Every input goes to the background
// and back, then sets the same hook the benchmark watches on ReviewGuard
// (`reviewguard-compose[data-length]`). No reading of the page, no drawing.
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
    chrome.runtime.sendMessage({ length: field.value.length }).then((r) => host.setAttribute('data-length', String(r.length)));
  },
  true,
);
