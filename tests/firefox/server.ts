// The network Firefox sees in these tests: one local HTTP proxy that every
// request goes through. CONNECT to a Seller Central host on 443 is tunnelled to
// a local HTTPS server answering from the fixtures (every page and asset, at
// its real URL); anything else is refused and written down, so a test can
// prove no request left the fixtures.
import { createServer as createHttp, type Server as HttpServer } from 'node:http';
import { createServer as createHttps, type Server as HttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { SELLER_CENTRAL_HOSTS, isSellerCentralHost } from '../../lib/hosts.ts';
import { fixtureResponse } from '../../scripts/lib/browser.ts';
import { throwawayCert } from './cert.ts';

export interface FixtureNetwork {
  /** The proxy's port on 127.0.0.1 (Firefox's HTTP and HTTPS proxy). */
  proxyPort: number;
  /** Every request refused because it was not for a fixture (URL or CONNECT target). */
  outsideRequests: string[];
  /** Every fixture URL served, in order. */
  served: string[];
  /** Every Seller Central URL asked for that has no fixture (404). */
  notFound: string[];
  close: () => Promise<void>;
}

const listen = (srv: HttpServer | HttpsServer) =>
  new Promise<number>((resolve) => srv.listen(0, '127.0.0.1', () => resolve((srv.address() as AddressInfo).port)));

export async function startFixtureNetwork(): Promise<FixtureNetwork> {
  const outsideRequests: string[] = [];
  const served: string[] = [];
  const notFound: string[] = [];
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };

  const https = createHttps(throwawayCert(SELLER_CENTRAL_HOSTS), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    const r = fixtureResponse(url);
    (r.status === 200 ? served : notFound).push(url.href);
    res.writeHead(r.status, { 'content-type': r.contentType, 'cache-control': 'no-store' });
    res.end(r.body);
  });
  https.on('connection', track);
  const httpsPort = await listen(https);

  const proxy = createHttp((req, res) => {
    // A plain-HTTP request through the proxy: nothing of ours is plain HTTP.
    outsideRequests.push(req.url ?? '');
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('Blocked by the test network');
  });
  proxy.on('connection', track);
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    const [host = '', port = ''] = (req.url ?? '').split(':');
    if (!isSellerCentralHost(host) || port !== '443') {
      outsideRequests.push(`https://${req.url}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  const proxyPort = await listen(proxy);

  return {
    proxyPort,
    outsideRequests,
    served,
    notFound,
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => https.close(r))]);
    },
  };
}
