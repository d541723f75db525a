import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// https://vite.dev/config/
export default defineConfig({
  plugins: [
    vue({
      // cognito-* tags are custom elements, not Vue components (https://vuejs.org/guide/extras/web-components).
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cognito-') } },
    }),
  ],
})
