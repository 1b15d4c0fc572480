import react from '@vitejs/plugin-react';
import { publicDir } from 'shop-common';
import { defineConfig } from 'vite';

// BASE_PATH mounts the shop under a sub-path (default `/`); the server entry and the client
// build must be built with the same value.
export default defineConfig(({ isSsrBuild }) => ({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react()],
  // The gated stand-in scripts and the embed are the same for both shops.
  publicDir,
  build: { emptyOutDir: true, copyPublicDir: !isSsrBuild },
}));
