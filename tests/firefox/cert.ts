// A throwaway certificate for the Seller Central hosts, made at test time in a
// temporary directory (never committed, deleted when the run ends). Firefox is
// told to accept it (acceptInsecureCerts), so no trust store is touched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cert {
  key: Buffer;
  cert: Buffer;
}

export function throwawayCert(hosts: readonly string[]): Cert {
  const dir = mkdtempSync(join(tmpdir(), 'reviewguard-cert-'));
  try {
    const cnf = join(dir, 'req.cnf');
    writeFileSync(
      cnf,
      [
        '[req]',
        'distinguished_name = dn',
        'x509_extensions = ext',
        'prompt = no',
        '[dn]',
        'CN = ReviewGuard test fixtures',
        '[ext]',
        'basicConstraints = critical, CA:FALSE',
        'keyUsage = critical, digitalSignature, keyEncipherment',
        'extendedKeyUsage = serverAuth',
        `subjectAltName = ${hosts.map((h) => `DNS:${h}`).join(', ')}`,
        '',
      ].join('\n'),
    );
    const key = join(dir, 'key.pem');
    const crt = join(dir, 'cert.pem');
    try {
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2', '-config', cnf, '-keyout', key, '-out', crt],
        { stdio: 'pipe' },
      );
    } catch (e) {
      throw new Error(
        `Could not make the test certificate with openssl (${(e as Error).message.split('\n')[0]}).\n` +
          'Install it, then run the command again:  sudo apt-get install -y openssl',
      );
    }
    return { key: readFileSync(key), cert: readFileSync(crt) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
