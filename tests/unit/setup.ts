// The pure modules run here as in the background, the pages and the CLI:
// with zod's English messages (the content script alone goes without them).
import { useReadableErrors } from '../../lib/protocol.ts';

useReadableErrors();
