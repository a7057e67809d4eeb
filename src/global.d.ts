// Stylesheets are imported as text (scripts/rollup-plugin-css-text.mjs) and adopted into the
// shadow root, never written into the host page's head.
declare module '*.css' {
  const text: string;
  export default text;
}
