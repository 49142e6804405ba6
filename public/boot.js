// Starts the WebAssembly app. It lives in its own file, not inline in the
// page, so the Content-Security-Policy can forbid inline scripts. Trunk
// writes the hashed file names into the data attributes of this script tag.
const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
