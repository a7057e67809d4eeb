// The template sheets are bundled as text (scripts/build-demo.mjs: loader '.csv': 'text').
declare module '*.csv' {
  const text: string;
  export default text;
}
