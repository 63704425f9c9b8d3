/** Trees shared by the server and the client (no imports, so either side may bundle it). */

/** Every node of a tree, depth first, parents before their children. */
export function flattenTree<T extends { readonly children: readonly T[] }>(roots: readonly T[]): T[] {
  const out: T[] = [];
  const walk = (nodes: readonly T[]) => {
    for (const n of nodes) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}
