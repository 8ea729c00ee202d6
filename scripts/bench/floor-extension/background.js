// The bench floor's background: present only because the benchmark's browser
// session waits for an extension service worker. It does nothing.
chrome.runtime.onInstalled.addListener(() => {});
