// Build-time stand-in for cli-highlight (and the 1.7 MB of highlight.js and parse5 behind it).
// Papers hold little code; marked-terminal catches this error and colours a code block in its
// one code style instead.
export function highlight() {
  throw new Error('syntax highlighting is not bundled');
}
