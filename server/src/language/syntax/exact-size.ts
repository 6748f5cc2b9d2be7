/**
 * The array at its exact size. One filled a push at a time keeps room to grow (seventeen slots for one
 * element): a 50,000-item letter has hundreds of thousands of such small arrays in its syntax tree, so each
 * is copied once it is complete (while the copy is young, before it costs the garbage collector anything).
 */
export function exactSize<T>(array: T[]): T[] {
  return array.slice();
}
