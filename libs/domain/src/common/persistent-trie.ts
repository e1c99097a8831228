/**
 * A map from small non-negative integers to values that is never changed once made: setting a
 * key answers a new trie that shares every untouched branch with the old one, so the old one
 * still answers as before and the cost of a set or a get does not grow with how many keys are
 * held (at most six levels of 32 slots each, at most six small arrays copied per set). An
 * aggregate's state is kept between commands and may be held by several at once (docs/speed.md),
 * so a state that grows with its stream needs its parts shared this way rather than copied or
 * changed in place.
 *
 * The trie also stays small when its keys are scattered (hashes): a branch holds only its
 * occupied slots, found through a bitmap, and a key sits in a leaf at the shallowest level where
 * no other key shares its slot, going down a level only when another key arrives there. Without
 * that, each scattered key paid for its own chain of nearly empty 32-slot arrays down to the
 * sixth level. Keys next to each other (entry numbers 1, 2, …) still fill the sixth level's
 * branches, which hold bare values: their key is the path that leads to them.
 */
export interface PersistentTrie<V> {
  readonly root: Branch<V> | undefined;
}

/**
 * The bitmap of occupied slots, then one child per set bit in slot order: leaves and branches
 * above the last level, values at it. One array rather than an object beside an array, as a
 * node costs as much as the few children a scattered key leaves in it.
 */
type Branch<V> = readonly [bitmap: number, ...children: Child<V>[]];
type Child<V> = Branch<V> | Leaf<V> | V;

/** A key alone in its slot above the last level, with its value. */
class Leaf<V> {
  constructor(
    readonly key: number,
    readonly value: V,
  ) {}
}

const bitsPerLevel = 5;
const levels = 6;
const lastLevel = levels - 1;
const slotMask = (1 << bitsPerLevel) - 1;
/** 2^30 keys: more entries than any one stream holds, and every key a small integer. */
export const trieKeyLimit = 2 ** (bitsPerLevel * levels);

export const emptyTrie: PersistentTrie<never> = { root: undefined };

function isKey(key: number): boolean {
  return Number.isInteger(key) && key >= 0 && key < trieKeyLimit;
}

/** The key's bit in a bitmap at this level: the most significant bits choose at the root, so slot order is key order. */
function bitOf(key: number, level: number): number {
  return 1 << ((key >>> (bitsPerLevel * (lastLevel - level))) & slotMask);
}

/** Where in the branch the child in this bit's slot is (or would go): after the bitmap and the children of lower slots. */
function indexOf(bitmap: number, bit: number): number {
  return 1 + bitCount(bitmap & (bit - 1));
}

function bitCount(bits: number): number {
  let rest = bits - ((bits >>> 1) & 0x55555555);
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333);
  return (Math.imul((rest + (rest >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function trieGet<V>(trie: PersistentTrie<V>, key: number): V | undefined {
  if (!isKey(key)) return undefined;
  let branch = trie.root;
  for (let level = 0; branch !== undefined; level += 1) {
    const bit = bitOf(key, level);
    if ((branch[0] & bit) === 0) return undefined;
    const child = branch[indexOf(branch[0], bit)] as Child<V>;
    if (level === lastLevel) return child as V;
    if (child instanceof Leaf) return child.key === key ? (child.value as V) : undefined;
    branch = child as Branch<V>;
  }
  return undefined;
}

export function trieSet<V>(trie: PersistentTrie<V>, key: number, value: V): PersistentTrie<V> {
  if (!isKey(key)) throw new RangeError(`A trie key is an integer from 0 to ${trieKeyLimit - 1}, not ${key}`);
  return { root: withKey(trie.root ?? emptyBranch, key, value, 0) };
}

const emptyBranch: Branch<never> = [0];

function withKey<V>(branch: Branch<V>, key: number, value: V, level: number): Branch<V> {
  const bitmap = branch[0];
  const bit = bitOf(key, level);
  const index = indexOf(bitmap, bit);
  const occupied = (bitmap & bit) !== 0;
  const child = level === lastLevel ? value : occupied ? childWithKey(branch[index] as Branch<V> | Leaf<V>, key, value, level + 1) : new Leaf(key, value);
  const copy = occupied ? branch.slice() : inserted(branch, index, child);
  copy[0] = bitmap | bit;
  copy[index] = child;
  return copy as unknown as Branch<V>;
}

/** The items with one more at `index`, in an array of just the size needed (a growing array keeps spare room). */
function inserted<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = new Array<T>(items.length + 1);
  for (let at = 0; at < index; at += 1) copy[at] = items[at]!;
  copy[index] = item;
  for (let at = index; at < items.length; at += 1) copy[at + 1] = items[at]!;
  return copy;
}

/** The child (at `level`) of the slot the key goes in, with the key set: a leaf of another key moves down to share a branch with it. */
function childWithKey<V>(child: Branch<V> | Leaf<V>, key: number, value: V, level: number): Branch<V> | Leaf<V> {
  if (!(child instanceof Leaf)) return withKey(child, key, value, level);
  if (child.key === key) return new Leaf(key, value);
  return withKey(branchOf(child, level), key, value, level);
}

/** A branch at `level` holding just this leaf, as a bare value at the last level. */
function branchOf<V>(leaf: Leaf<V>, level: number): Branch<V> {
  return [bitOf(leaf.key, level), level === lastLevel ? leaf.value : leaf];
}
