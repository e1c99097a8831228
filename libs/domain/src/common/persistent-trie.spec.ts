import { describe, expect, it } from '@jest/globals';
import { emptyTrie, trieGet, trieKeyLimit, trieSet, trieValues, type PersistentTrie } from './persistent-trie.js';

describe('a persistent trie', () => {
  it('answers each key its value and its values in key order, small keys and large', () => {
    const keys = [trieKeyLimit - 1, 0, 31, 32, 1024, 33_554_432, 5];
    const trie = keys.reduce<PersistentTrie<string>>((made, key) => trieSet(made, key, `v${key}`), emptyTrie);
    expect(keys.map((key) => trieGet(trie, key))).toEqual(keys.map((key) => `v${key}`));
    expect(trieValues(trie)).toEqual([...keys].sort((a, b) => a - b).map((key) => `v${key}`));
    expect(trieGet(trie, 6)).toBeUndefined();
  });

  it('leaves the trie a set started from as it was', () => {
    const before = trieSet(trieSet(emptyTrie, 1, 'one'), 2, 'two');
    const after = trieSet(trieSet(before, 1, 'uno'), 3, 'three');
    expect(trieValues(before)).toEqual(['one', 'two']);
    expect(trieValues(after)).toEqual(['uno', 'two', 'three']);
  });

  it('refuses a key outside its range rather than store it under another', () => {
    expect(() => trieSet(emptyTrie, trieKeyLimit, 'x')).toThrow(RangeError);
    expect(() => trieSet(emptyTrie, -1, 'x')).toThrow(RangeError);
    expect(trieGet(emptyTrie, -1)).toBeUndefined();
  });
});
