// Vite plugin: minifies the CSS inside Lit `css` tagged templates of our sources (comments,
// indentation, spaces around punctuation). Lit ships these strings verbatim otherwise.
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

export function minifyCss(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/([^\\$]):\s+/g, '$1:')
      .replace(/;}/g, '}')
      // Leading zeros of fractions, and the optional spaces around * and / inside calc().
      .replace(/(^|[\s:,(-])0\.(\d)/g, '$1.$2')
      .replace(/calc\(([^;{}]*)\)/g, (expression) => expression.replace(/\s*([*/])\s*/g, '$1'))
      .trim()
  );
}

export function minifyCssLiterals() {
  return {
    name: 'smr-minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
