import { createApp } from 'vue'
// Defines every cognito-* tag and types them in templates (GlobalComponents).
import 'cognito-elements/vue'
import './style.css'
import App from './App.vue'

createApp(App).mount('#app')
