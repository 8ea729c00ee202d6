// The bench floor's background: answers at once, checking nothing.
chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  reply({ length: message.length });
});
