// Resolves the relative imports inside dt-sql-parser's dist the way a bundler would: `./x` -> `./x.js` or
// `./x/index.js`. Anything else keeps Node's own error.
const fixableCodes = new Set(['ERR_UNSUPPORTED_DIR_IMPORT', 'ERR_MODULE_NOT_FOUND']);

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (!specifier.startsWith('.') || !fixableCodes.has(error.code)) {
      throw error;
    }
    for (const candidate of [specifier + '.js', specifier + '/index.js']) {
      try {
        return await nextResolve(candidate, context);
      } catch {
        // try the next candidate
      }
    }
    throw error;
  }
}
