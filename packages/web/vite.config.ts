import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev` here serves the UI with hot reload and hands the API to a backend started with `npm start`.
const backend = 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // The backend's Content-Security-Policy allows no inline script; the polyfill is not needed by the browsers we target.
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': backend, '/health': backend } },
});
