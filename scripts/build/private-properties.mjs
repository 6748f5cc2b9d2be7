// An esbuild plugin that shortens the private properties of the client bundles: vscode-languageclient and
// vscode-jsonrpc keep their state in `_`-prefixed fields (`this._clientOptions`, `this._pendingOpenNotifications`),
// about 1,300 of them, 11 KB of the bundle. esbuild renames them (mangleProps) consistently within one bundle.
//
// A renamed property is only safe if nothing outside the bundle reads or writes it under its own name. So the
// build fails when a renamed name
//   - is never written inside the bundle (then it is read off an object made elsewhere: VS Code's, or a message's), or
//   - appears as a string ('_name'), which esbuild would leave as it is while renaming `obj._name`.
// Names starting with `__` (`__esModule` and esbuild's own helpers) are never renamed. Use it only on a bundle
// that shares no object with `_` fields with another bundle: each bundle renames on its own.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

const PRIVATE = /^_[A-Za-z]\w*$/;

const escape = (name) => name.replace(/\$/g, '\\$');

/**
 * where a property gets a value: `x._name =`; or, not after a dot, a class field (`_name;`, `_name = 1`), a method
 * or getter (`_name() {`), an object literal's `_name:`
 */
const written = (name) => new RegExp(`\\.${escape(name)}\\s*=(?!=)|(?:^|[\\s{,;])${escape(name)}\\s*(?:[;:(]|=(?!=))`, 'm');
const quoted = (name) => new RegExp(`['"\`]${escape(name)}['"\`]`);

export const privateProperties = {
  name: 'private-properties',
  setup(build) {
    const options = build.initialOptions;
    if (!options.minify) return; // development builds keep the names, for debugging
    options.mangleProps = PRIVATE;
    options.reserveProps = /^__/;
    options.mangleCache = {};
    options.metafile = true;
    build.onEnd(async (result) => {
      if (!result.mangleCache || !result.metafile) return undefined;
      const renamed = Object.keys(result.mangleCache).filter((name) => result.mangleCache[name] !== false);
      const root = options.absWorkingDir ?? process.cwd();
      // the sources as loaded (plugin namespaces such as the language client's stand-ins have no file and no `_` field)
      const sources = await Promise.all(Object.keys(result.metafile.inputs)
        .filter((input) => !input.includes(':'))
        .map((input) => (input === '<stdin>' ? options.stdin.contents : fs.readFile(path.resolve(root, input), 'utf8'))));
      const errors = [];
      for (const name of renamed) {
        if (!sources.some((text) => written(name).test(text))) errors.push(`${name} is read but never set in this bundle: another object's property, it must keep its name`);
        if (sources.some((text) => quoted(name).test(text))) errors.push(`${name} appears as a string, which would not be renamed with the property`);
      }
      return { errors: errors.map((text) => ({ text: `private-properties: ${text} (scripts/build/private-properties.mjs)` })) };
    });
  },
};
