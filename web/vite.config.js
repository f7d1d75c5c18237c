import { defineConfig } from 'vite';

// Two pages, each with its own bundle: the console (Preact) and GraphiQL (React, which it needs).
// Relative asset URLs, so the same files work from the local stack, S3 or any path prefix.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'target/console',
    emptyOutDir: true,
    reportCompressedSize: false,
    // GraphiQL with its editor is about 850 KB on its own page; the console stays far below.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: { console: 'index.html', graphiql: 'graphiql.html' },
      // GraphiQL's React components are marked "use client", which means nothing in a static page.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
