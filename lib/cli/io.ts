// Shared plumbing of the CLI subcommands: stdin reading, JSON-lines loops and
// usage errors. Kept free of process globals so tests can drive it.
export interface CliIO {
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Exit codes: 0 ok, 1 error-level findings / removable, 2 bad usage or input. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export async function readAll(stdin: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of stdin) out += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return out + decoder.decode();
}

/** Yields stdin line by line (without the newline), as it arrives. */
export async function* readLines(stdin: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buf = '';
  for await (const chunk of stdin) {
    buf += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      yield buf.slice(0, nl).replace(/\r$/, '');
      buf = buf.slice(nl + 1);
    }
  }
  buf += decoder.decode();
  if (buf.length > 0) yield buf.replace(/\r$/, '');
}

/**
 * Runs `handle` on every non-blank JSON line; a line that is not JSON, or that
 * `handle` rejects, becomes `{"id"?, "error"}` and processing continues.
 */
export async function jsonLines(
  io: CliIO,
  handle: (value: unknown) => Record<string, unknown>,
): Promise<{ ok: number; failed: number }> {
  let ok = 0;
  let failed = 0;
  let lineNo = 0;
  for await (const line of readLines(io.stdin)) {
    lineNo++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      failed++;
      io.stdout(JSON.stringify({ line: lineNo, error: `line ${lineNo}: not valid JSON (${(e as Error).message})` }) + '\n');
      continue;
    }
    const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : undefined;
    try {
      io.stdout(JSON.stringify(handle(value)) + '\n');
      ok++;
    } catch (e) {
      failed++;
      const out: Record<string, unknown> = {};
      if (typeof id === 'string' || typeof id === 'number') out.id = id;
      out.line = lineNo;
      out.error = `line ${lineNo}: ${(e as Error).message}`;
      io.stdout(JSON.stringify(out) + '\n');
    }
  }
  return { ok, failed };
}

/** Minimal flag parser: --name value, --name=value, boolean --flag. Unknown flags are usage errors. */
export function parseFlags(
  args: string[],
  spec: Record<string, 'string' | 'boolean'>,
): { flags: Record<string, string | boolean>; positional: string[] } {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq >= 0 ? eq : undefined);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option --${name}`);
    if (kind === 'boolean') {
      if (eq >= 0) {
        const v = arg.slice(eq + 1).toLowerCase();
        if (v !== 'true' && v !== 'false') throw new UsageError(`--${name} takes true or false, not "${arg.slice(eq + 1)}"`);
        flags[name] = v === 'true';
      } else flags[name] = true;
    } else {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      flags[name] = value;
    }
  }
  return { flags, positional };
}
