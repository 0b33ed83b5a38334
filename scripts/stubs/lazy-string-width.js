// Build-time stand-in for string-width as src/text/width.ts imports it. string-width builds
// its Unicode property regexes (RGI_Emoji and others) as it loads, ~20 ms before the first
// frame; width.ts needs it only for text its own fast paths cannot measure, so it is loaded,
// bundled as ever, the first time such text is measured. Same function, same answers.
let stringWidth;

export default function lazyStringWidth(text, options) {
  // require(), not import(): esbuild bundles it as a module initialised on this first call.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  stringWidth ??= require('string-width').default;
  return stringWidth(text, options);
}
