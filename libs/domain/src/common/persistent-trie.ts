/**
 * A map from small non-negative integers to values that is never changed once made: setting a
 * key answers a new trie that shares every untouched branch with the old one, so the old one
 * still answers as before and the cost of a set or a get does not grow with how many keys are
 * held (six levels of 32 slots each, at most six small arrays copied per set). An aggregate's
 * state is kept between commands and may be held by several at once (docs/speed.md), so a state
 * that grows with its stream needs its parts shared this way rather than copied or changed in place.
 */
export interface PersistentTrie<V> {
  readonly root: TrieNode<V> | undefined;
}

type TrieNode<V> = ReadonlyArray<TrieNode<V> | V | undefined>;

const bitsPerLevel = 5;
const levels = 6;
const slotMask = (1 << bitsPerLevel) - 1;
/** 2^30 keys: more entries than any one stream holds, and every key a small integer. */
export const trieKeyLimit = 2 ** (bitsPerLevel * levels);

export const emptyTrie: PersistentTrie<never> = { root: undefined };

function isKey(key: number): boolean {
  return Number.isInteger(key) && key >= 0 && key < trieKeyLimit;
}

function slotOf(key: number, level: number): number {
  return (key >>> (bitsPerLevel * (levels - 1 - level))) & slotMask;
}

export function trieGet<V>(trie: PersistentTrie<V>, key: number): V | undefined {
  if (!isKey(key)) return undefined;
  let node: TrieNode<V> | V | undefined = trie.root;
  for (let level = 0; level < levels && node !== undefined; level += 1) {
    node = (node as TrieNode<V>)[slotOf(key, level)];
  }
  return node as V | undefined;
}

export function trieSet<V>(trie: PersistentTrie<V>, key: number, value: V): PersistentTrie<V> {
  if (!isKey(key)) throw new RangeError(`A trie key is an integer from 0 to ${trieKeyLimit - 1}, not ${key}`);
  return { root: withSlot(trie.root, key, 0, value) };
}

function withSlot<V>(node: TrieNode<V> | undefined, key: number, level: number, value: V): TrieNode<V> {
  const slot = slotOf(key, level);
  const copy = node === undefined ? [] : node.slice();
  while (copy.length < slot) copy.push(undefined);
  copy[slot] = level === levels - 1 ? value : withSlot(copy[slot] as TrieNode<V> | undefined, key, level + 1, value);
  return copy;
}

/** Every value, in the order of their keys. */
export function trieValues<V>(trie: PersistentTrie<V>): V[] {
  const values: V[] = [];
  const visit = (node: TrieNode<V> | V | undefined, level: number): void => {
    if (node === undefined) return;
    if (level === levels) {
      values.push(node as V);
      return;
    }
    for (const child of node as TrieNode<V>) visit(child, level + 1);
  };
  visit(trie.root, 0);
  return values;
}
