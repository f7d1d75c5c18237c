import { render } from 'preact';
import { App } from './app.jsx';
import './console.css';

render(<App />, document.getElementById('app'));
