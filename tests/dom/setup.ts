import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

afterEach(() => {
  cleanup();
});

// Views of the popup and options page run with zod's English messages (see lib/protocol.ts).
import { useReadableErrors } from '../../lib/protocol.ts';
useReadableErrors();
