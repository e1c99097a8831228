import { describe, expect, it } from '@jest/globals';
import { emptyTrie, trieGet, trieKeyLimit, trieSet, type PersistentTrie } from './persistent-trie.js';

/** The same numbers on every run (mulberry32), so a failing case can be run again. */
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

function randomKeys(count: number, seed: number): number[] {
  const next = randomNumbers(seed);
  return Array.from({ length: count }, () => Math.floor(next() * trieKeyLimit));
}

const withKeys = (keys: readonly number[], from: PersistentTrie<string> = emptyTrie) =>
  keys.reduce<PersistentTrie<string>>((made, key) => trieSet(made, key, `v${key}`), from);

/** What the trie answers, in the shape of the map it should agree with. */
function asMap(trie: PersistentTrie<string>, keys: Iterable<number>): Map<number, string | undefined> {
  return new Map([...keys].map((key) => [key, trieGet(trie, key)]));
}

/** How many arrays and objects the trie is made of (its values here are strings, not counted). */
function partsOf(trie: PersistentTrie<unknown>): number {
  const seen = new Set<object>();
  const visit = (part: unknown): void => {
    if (typeof part !== 'object' || part === null || seen.has(part)) return;
    seen.add(part);
    for (const inner of Object.values(part)) visit(inner);
  };
  visit(trie.root);
  return seen.size;
}

describe('a persistent trie', () => {
  it('answers each key its value, small keys and large', () => {
    const keys = [trieKeyLimit - 1, 0, 31, 32, 1024, 33_554_432, 5];
    const trie = withKeys(keys);
    expect(keys.map((key) => trieGet(trie, key))).toEqual(keys.map((key) => `v${key}`));
    expect(trieGet(trie, 6)).toBeUndefined();
  });

  it('answers as a map does for thousands of scattered keys set in any order, some set twice', () => {
    for (const seed of [1, 2, 3]) {
      const keys = randomKeys(3000, seed);
      const resetKeys = keys.filter((_, index) => index % 7 === 0);
      const map = new Map<number, string>();
      let trie: PersistentTrie<string> = emptyTrie;
      for (const key of keys) {
        map.set(key, `v${key}`);
        trie = trieSet(trie, key, `v${key}`);
      }
      for (const key of resetKeys) {
        map.set(key, `again ${key}`);
        trie = trieSet(trie, key, `again ${key}`);
      }
      const absentKeys = randomKeys(3000, seed + 100).filter((key) => !map.has(key));

      expect(asMap(trie, map.keys())).toEqual(map);
      expect(absentKeys.map((key) => trieGet(trie, key)).filter((value) => value !== undefined)).toEqual([]);
    }
  });

  it('tells apart keys that share every slot but the last, or only the first', () => {
    const neighbours = [0b10101_01010_10101_01010_10101_00000, 0b10101_01010_10101_01010_10101_00001, 0b10101_01010_10101_01010_10101_11111];
    const firstSlotOnly = [0b00001_00000_00000_00000_00000_00000, 0b00001_11111_11111_11111_11111_11111];
    const keys = [...neighbours, ...firstSlotOnly];
    const trie = withKeys(keys);

    expect(keys.map((key) => trieGet(trie, key))).toEqual(keys.map((key) => `v${key}`));
    expect(trieGet(trie, neighbours[0]! + 2)).toBeUndefined();
    expect(trieGet(trie, firstSlotOnly[0]! + 1)).toBeUndefined();
  });

  it('leaves the trie a set started from as it was', () => {
    const before = trieSet(trieSet(emptyTrie, 1, 'one'), 2, 'two');
    const after = trieSet(trieSet(before, 1, 'uno'), 3, 'three');
    expect(asMap(before, [1, 2, 3])).toEqual(new Map([[1, 'one'], [2, 'two'], [3, undefined]]));
    expect(asMap(after, [1, 2, 3])).toEqual(new Map([[1, 'uno'], [2, 'two'], [3, 'three']]));
  });

  it('leaves every earlier version answering as it did when later sets move its keys down or replace them', () => {
    const keys = randomKeys(2000, 7);
    const versions: { trie: PersistentTrie<string>; map: Map<number, string> }[] = [];
    const map = new Map<number, string>();
    let trie: PersistentTrie<string> = emptyTrie;
    keys.forEach((key, index) => {
      // Every third set replaces an earlier key's value: the versions before it must keep the old one.
      const setKey = index % 3 === 2 ? keys[index - 2]! : key;
      map.set(setKey, `${index}`);
      trie = trieSet(trie, setKey, `${index}`);
      if (index % 100 === 0) versions.push({ trie, map: new Map(map) });
    });

    for (const version of versions) {
      expect(asMap(version.trie, keys)).toEqual(new Map(keys.map((key) => [key, version.map.get(key)])));
    }
  });

  it('holds a scattered key in little more than a leaf of its own, and keys next to each other in one branch per 32', () => {
    const scattered = withKeys(randomKeys(4000, 11));
    const dense = withKeys(Array.from({ length: 4095 }, (_, index) => index + 1));

    // A chain of branches down to the last level for each scattered key would be four parts or more per key.
    expect(partsOf(scattered)).toBeLessThan(4000 * 1.5);
    // 128 branches at the last level, 4 above them, and one on each level above those.
    expect(partsOf(dense)).toBe(128 + 4 + 4);
  });

  it('refuses a key outside its range rather than store it under another', () => {
    expect(() => trieSet(emptyTrie, trieKeyLimit, 'x')).toThrow(RangeError);
    expect(() => trieSet(emptyTrie, -1, 'x')).toThrow(RangeError);
    expect(() => trieSet(emptyTrie, 1.5, 'x')).toThrow(RangeError);
    expect(() => trieSet(emptyTrie, Number.NaN, 'x')).toThrow(RangeError);
    // Keys at both ends, down to the last level, where a key out of range would otherwise find one of them by its bits.
    const trie = withKeys([0, 1, trieKeyLimit - 2, trieKeyLimit - 1]);
    expect([-1, trieKeyLimit, 0.5, Number.NaN].map((key) => trieGet(trie, key))).toEqual([undefined, undefined, undefined, undefined]);
  });
});
