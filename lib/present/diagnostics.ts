// The "Copy diagnostics" text for a page ReviewGuard cannot read: what a
// maintainer needs to see that Amazon changed the page (the page kind, the URL
// path, how many elements each selector matched, versions) and nothing of the
// seller's: no page text, no buyer data, no query values.

export interface DiagnosticsInput {
  kind: string;
  url: string;
  items: number | null;
  listed?: number;
  counts?: Record<string, number>;
  version: string;
  userAgent: string;
}

/** The URL's path, with query and hash-route parameter names but never their values. */
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '';
  }
  const keys = (q: string) => [...new URLSearchParams(q).keys()].map((k) => `${k}=…`).join('&');
  const query = keys(u.search);
  const [hashPath = '', hashQuery = ''] = u.hash.replace(/^#/, '').split('?');
  const hash = u.hash ? `#${hashPath.replace(/\d{3}-\d{7}-\d{7}|[A-Z0-9]{10,}/g, '…')}${hashQuery ? `?${keys(hashQuery)}` : ''}` : '';
  // Order ids and review ids in the path are the seller's data too.
  const path = u.pathname.replace(/\d{3}-\d{7}-\d{7}/g, '…').replace(/\b[A-Z0-9]{10,}\b/g, '…');
  return `${u.host}${path}${query ? `?${query}` : ''}${hash}`;
}

/** "Chrome 156", "Firefox 153", "Edg 140": the browser and its major version only. */
export function browserOf(userAgent: string): string {
  for (const re of [/(Edg|Firefox|Chrome|Chromium|Safari)\/(\d+)/]) {
    const m = userAgent.match(re);
    if (m) return `${m[1]} ${m[2]}`;
  }
  return 'unknown';
}

export function buildDiagnostics(d: DiagnosticsInput): string {
  const lines = [
    'ReviewGuard diagnostics',
    `extension: ${d.version}`,
    `browser: ${browserOf(d.userAgent)}`,
    `page kind: ${d.kind}`,
    `url: ${redactUrl(d.url)}`,
    `items read: ${d.items ?? 'none reported'}${d.listed !== undefined ? ` of ${d.listed} listed` : ''}`,
    'selector matches:',
    ...Object.entries(d.counts ?? {}).map(([k, v]) => `  ${k}: ${v}`),
  ];
  return lines.join('\n');
}
