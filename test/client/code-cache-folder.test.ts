/** Where the desktop client lets the server keep its compiled code: the user's own cache folder on each system. */
import assert from 'node:assert/strict';
import { codeCacheFolder } from '../../client/src/code-cache-folder';

describe('the code cache folder', () => {
  it('Linux and other Unix systems: $XDG_CACHE_HOME, else ~/.cache; a relative XDG_CACHE_HOME is ignored', () => {
    assert.equal(codeCacheFolder({ XDG_CACHE_HOME: '/home/ann/.xdg-cache' }, 'linux', '/home/ann'), '/home/ann/.xdg-cache/imr-determination');
    assert.equal(codeCacheFolder({}, 'linux', '/home/ann'), '/home/ann/.cache/imr-determination');
    assert.equal(codeCacheFolder({ XDG_CACHE_HOME: 'cache' }, 'freebsd', '/home/ann'), '/home/ann/.cache/imr-determination');
  });

  it('macOS: ~/Library/Caches', () => {
    assert.equal(codeCacheFolder({ XDG_CACHE_HOME: '/elsewhere' }, 'darwin', '/Users/ann'), '/Users/ann/Library/Caches/imr-determination');
  });

  it('Windows: %LOCALAPPDATA%, or none when it is not set', () => {
    assert.equal(codeCacheFolder({ LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'win32', 'C:\\Users\\ann'), 'C:\\Users\\ann\\AppData\\Local\\imr-determination\\Cache');
    assert.equal(codeCacheFolder({}, 'win32', 'C:\\Users\\ann'), undefined);
  });

  it('none without a home folder', () => {
    assert.equal(codeCacheFolder({}, 'linux', ''), undefined);
  });
});
