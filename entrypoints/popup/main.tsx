import { render } from 'preact';
import { App } from './App.tsx';
import { useReadableErrors } from '../../lib/protocol.ts';
import '../../components/checklist/checklist.css';
import './popup.css';

useReadableErrors();

render(<App />, document.getElementById('app')!);
