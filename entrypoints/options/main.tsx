import { render } from 'preact';
import { App } from './App.tsx';
import '../../components/checklist/checklist.css';
import './options.css';

render(<App />, document.getElementById('app')!);
