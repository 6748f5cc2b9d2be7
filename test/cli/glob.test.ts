/** The CLI's own glob matcher, on its own: what each construct matches, and where a pattern's search starts. */
import assert from 'node:assert/strict';
import { globBase, globDepth, globToRegExp, isGlob } from '../../server/src/cli/glob';

function matches(pattern: string, paths: string[]): string[] {
  const re = globToRegExp(pattern);
  return paths.filter((p) => re.test(p));
}

const PATHS = [
  'a.imr', 'b.imr', 'ab.imr', 'a.txt', 'letters/a.imr', 'letters/2016/x.imr', 'letters/2016/dec/y.imr', 'letters/2017/z.imr',
  'other/a.imr', 'c[1].imr',
];

describe('glob matcher', () => {
  it('* stays within a segment', () => {
    assert.deepEqual(matches('*.imr', PATHS), ['a.imr', 'b.imr', 'ab.imr', 'c[1].imr']);
    assert.deepEqual(matches('letters/*.imr', PATHS), ['letters/a.imr']);
    assert.deepEqual(matches('*/a.imr', PATHS), ['letters/a.imr', 'other/a.imr']);
  });

  it('? is one character', () => {
    assert.deepEqual(matches('?.imr', PATHS), ['a.imr', 'b.imr']);
  });

  it('** is any number of folders, none included', () => {
    assert.deepEqual(matches('letters/**/*.imr', PATHS), ['letters/a.imr', 'letters/2016/x.imr', 'letters/2016/dec/y.imr', 'letters/2017/z.imr']);
    assert.deepEqual(matches('**/a.imr', PATHS), ['a.imr', 'letters/a.imr', 'other/a.imr']);
    assert.deepEqual(matches('letters/**', PATHS), ['letters/a.imr', 'letters/2016/x.imr', 'letters/2016/dec/y.imr', 'letters/2017/z.imr']);
    assert.deepEqual(matches('**/2016/**/*.imr', PATHS), ['letters/2016/x.imr', 'letters/2016/dec/y.imr']);
  });

  it('{a,b} are alternatives, and may nest or hold slashes', () => {
    assert.deepEqual(matches('{a,b}.imr', PATHS), ['a.imr', 'b.imr']);
    assert.deepEqual(matches('letters/{2016,2017}/*.imr', PATHS), ['letters/2016/x.imr', 'letters/2017/z.imr']);
    assert.deepEqual(matches('{a,{ab,b}}.imr', PATHS), ['a.imr', 'b.imr', 'ab.imr']);
    assert.deepEqual(matches('{letters/2016/dec,other}/*.imr', PATHS), ['letters/2016/dec/y.imr', 'other/a.imr']);
    assert.deepEqual(matches('*.{imr,txt}', PATHS), ['a.imr', 'b.imr', 'ab.imr', 'a.txt', 'c[1].imr']);
  });

  it('[...] is a character class; \\ escapes', () => {
    assert.deepEqual(matches('[ab].imr', PATHS), ['a.imr', 'b.imr']);
    assert.deepEqual(matches('[!a].imr', PATHS), ['b.imr']);
    assert.deepEqual(matches('c\\[1\\].imr', PATHS), ['c[1].imr']);
  });

  it('regular-expression characters are literal', () => {
    assert.ok(globToRegExp('a+b(1).imr').test('a+b(1).imr'));
    assert.ok(!globToRegExp('a.imr').test('abimr'));
  });

  it('an unclosed brace or bracket is literal', () => {
    assert.ok(globToRegExp('{a.imr').test('{a.imr'));
    assert.ok(globToRegExp('[a.imr').test('[a.imr'));
  });

  it('knows where to start looking and how deep', () => {
    assert.equal(globBase('letters/2016/*.imr'), 'letters/2016');
    assert.equal(globBase('./letters/**/*.imr'), 'letters');
    assert.equal(globBase('*.imr'), '.');
    assert.equal(globBase('/srv/imr/*.imr'), '/srv/imr');
    assert.equal(globDepth('letters/*.imr'), 0);
    assert.equal(globDepth('letters/*/*.imr'), 1);
    assert.equal(globDepth('letters/**/*.imr'), Infinity);
    assert.equal(isGlob('letters/a.imr'), false);
    assert.equal(isGlob('letters/*.imr'), true);
    assert.equal(isGlob('c\\[1\\].imr'), false);
  });
});
