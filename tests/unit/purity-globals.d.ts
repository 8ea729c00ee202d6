// The few globals every runtime of the pure layers has (service worker, Node,
// browsers): allowed in every pure module (URL, timers).
interface PureURLSearchParams {
  get(name: string): string | null;
  has(name: string): boolean;
  keys(): IterableIterator<string>;
  forEach(cb: (value: string, key: string) => void): void;
}
interface PureURL {
  href: string;
  protocol: string;
  host: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
  origin: string;
  searchParams: PureURLSearchParams;
}
declare const URL: { new (input: string, base?: string | PureURL): PureURL; canParse?(input: string, base?: string): boolean };
type URL = PureURL;
declare function setTimeout(cb: () => void, ms?: number): unknown;
declare function clearTimeout(id: unknown): void;
declare class URLSearchParams implements PureURLSearchParams {
  constructor(init?: string);
  get(name: string): string | null;
  has(name: string): boolean;
  keys(): IterableIterator<string>;
  forEach(cb: (value: string, key: string) => void): void;
}
