import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/messaging/extension-client.ts';

export function App() {
  const [status, setStatus] = useState('…');
  useEffect(() => {
    send('ping', {})
      .then((r) => setStatus(`ReviewGuard ${r.version}`))
      .catch((e: Error) => setStatus(e.message));
  }, []);
  return <main data-popup="reviewguard">{status}</main>;
}
