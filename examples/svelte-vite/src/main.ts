import { mount } from 'svelte'
// Defines every cognito-* tag and types them in markup (SvelteHTMLElements).
import 'cognito-elements/svelte'
import './app.css'
import App from './App.svelte'

const app = mount(App, {
  target: document.getElementById('app')!,
})

export default app
