import vue from '@vitejs/plugin-vue';
import { publicDir } from 'shop-common';
import { defineConfig } from 'vite';

// BASE_PATH mounts the shop under a sub-path (default `/`); the server entry and the client
// build must be built with the same value. The components are plain `defineComponent` + `h`;
// the Vue plugin sets Vue's compile-time feature flags.
export default defineConfig(({ isSsrBuild }) => ({
  base: process.env.BASE_PATH ?? '/',
  plugins: [vue()],
  // The gated stand-in scripts and the embed are the same for both shops.
  publicDir,
  build: { emptyOutDir: true, copyPublicDir: !isSsrBuild },
}));
