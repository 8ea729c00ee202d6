import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../lib/messaging/router.ts';
import { createClient } from '../../lib/messaging/full-client.ts';
import { PROTOCOL_TAG, ProtocolError } from '../../lib/protocol.ts';

function fakeHandlers(over: Partial<Handlers> = {}): Handlers {
  return {
    ping: () => ({ pong: true, version: '1.0.0', startedAt: 1 }),
    'page/hello': () => ({ ok: true }),
    lint: () => ({ findings: [], ms: 0 }),
    ...over,
  } as Handlers;
}

describe('router', () => {
  const route = createRouter(fakeHandlers());

  it('routes a valid message to its handler', async () => {
    expect(await route({ tag: PROTOCOL_TAG, type: 'ping', payload: {} })).toEqual({
      ok: true,
      data: { pong: true, version: '1.0.0', startedAt: 1 },
    });
  });

  it('rejects unknown types, bad payloads and junk with clear errors', async () => {
    expect(await route({ tag: PROTOCOL_TAG, type: 'nope', payload: {} })).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    const bad = await route({ tag: PROTOCOL_TAG, type: 'lint', payload: { text: 5 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(bad.ok === false && bad.error.message).toMatch(/text/);
    expect(await route({ tag: 'other', type: 'ping', payload: {} })).toMatchObject({ ok: false, error: { code: 'bad-envelope' } });
    expect(await route(undefined)).toMatchObject({ ok: false, error: { code: 'bad-envelope' } });
    // Extra keys are refused, not silently accepted.
    expect(await route({ tag: PROTOCOL_TAG, type: 'ping', payload: { x: 1 } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('never calls a handler for a malformed request (changes nothing)', async () => {
    const lint = vi.fn(() => ({ findings: [], ms: 0 }));
    const r = createRouter(fakeHandlers({ lint }));
    await r({ tag: PROTOCOL_TAG, type: 'lint', payload: { text: 'hi', context: { now: 'yesterday-ish' } } });
    expect(lint).not.toHaveBeenCalled();
  });

  it('reports a handler crash as an error, and the client rejects an invalid handler result', async () => {
    const r = createRouter(
      fakeHandlers({
        ping: () => {
          throw new Error('boom');
        },
        lint: () => ({ findings: 'no' }) as never,
      }),
    );
    expect(await r({ tag: PROTOCOL_TAG, type: 'ping', payload: {} })).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
    // The reply is validated once, where it is received.
    const send = createClient((m) => r(m), { sleep: async () => {} });
    await expect(send('lint', { text: '' })).rejects.toMatchObject({ code: 'bad-response' });
  });

  it('survives a fuzzed stream of malformed messages, answering each with an error', async () => {
    const calls = vi.fn(() => ({ pong: true as const, version: 'x', startedAt: 0 }));
    const r = createRouter(fakeHandlers({ ping: calls }));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({ tag: fc.constant(PROTOCOL_TAG), type: fc.string(), payload: fc.anything() }),
          fc.record({ tag: fc.constant(PROTOCOL_TAG), type: fc.constantFrom('lint', 'reviews/seen', 'page/hello'), payload: fc.anything() }),
        ),
        async (msg) => {
          const reply = await r(msg);
          expect(reply).toHaveProperty('ok');
          if (!reply.ok) expect(reply.error.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
    // And it still serves a good message afterwards.
    expect(await r({ tag: PROTOCOL_TAG, type: 'ping', payload: {} })).toMatchObject({ ok: true });
  });
});

describe('client', () => {
  const route = createRouter(fakeHandlers());
  const noSleep = async () => {};

  it('has an invalid request refused where it is received, once, with a clear error', async () => {
    const handlers = fakeHandlers();
    const lint = vi.spyOn(handlers, 'lint');
    const send = createClient((m) => createRouter(handlers)(m), { sleep: noSleep });
    const err = await send('lint', { text: 3 as unknown as string }).catch((e) => e);
    expect(err).toBeInstanceOf(ProtocolError);
    expect(err).toMatchObject({ code: 'bad-request' });
    expect(lint).not.toHaveBeenCalled();
  });

  it('round-trips through the router', async () => {
    const send = createClient((m) => route(m), { sleep: noSleep });
    await expect(send('ping', {})).resolves.toMatchObject({ pong: true });
  });

  it('retries while the service worker restarts, then succeeds', async () => {
    let n = 0;
    const send = createClient(
      async (m) => {
        if (n++ < 2) throw new Error('Could not establish connection. Receiving end does not exist.');
        return route(m);
      },
      { sleep: noSleep },
    );
    await expect(send('ping', {})).resolves.toMatchObject({ pong: true });
    expect(n).toBe(3);
  });

  it('times out a request the killed worker never answers, and retries it', async () => {
    let n = 0;
    const send = createClient(
      (m) => {
        if (n++ === 0) return new Promise(() => {}); // worker died mid-request
        return route(m);
      },
      { sleep: noSleep, timeoutMs: 30 },
    );
    await expect(send('ping', {})).resolves.toMatchObject({ pong: true });
  });

  it('gives up with a clear error when the background stays away', async () => {
    const send = createClient(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, { sleep: noSleep, attempts: 3 });
    await expect(send('ping', {})).rejects.toThrow(/Background unavailable/);
  });

  it('rejects a malformed reply', async () => {
    const send = createClient(async () => ({ ok: true, data: { pong: 'yes' } }), { sleep: noSleep });
    await expect(send('ping', {})).rejects.toMatchObject({ code: 'bad-response' });
  });

  it('surfaces the router error code', async () => {
    const send = createClient(async () => ({ ok: false, error: { code: 'bad-request', message: 'nope' } }), { sleep: noSleep });
    await expect(send('ping', {})).rejects.toMatchObject({ code: 'bad-request', message: 'nope' });
  });
});
