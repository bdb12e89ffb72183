// Jest runs CommonJS; @exodus/bytes (the roster import's decoders) ships ES modules only.
// esbuild turns each of its files into CommonJS as jest loads it, as it does for the bundle.
const esbuild = require('esbuild');

module.exports = {
  process(source, filename) {
    const out = esbuild.transformSync(source, {
      loader: 'js',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
    });
    return { code: out.code };
  },
};
