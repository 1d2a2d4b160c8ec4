/** A dependency: `from` depends on `to`. */
export type Edge = readonly [from: string, to: string];

/**
 * The cycle that adding `from → to` would close, as ids `[from, to, …, from]`, or null.
 * Breadth-first from `to`, so the cycle reported is the shortest one — the easiest to read.
 */
export function findCycle(edges: Iterable<Edge>, from: string, to: string): string[] | null {
  if (from === to) return [from, from];
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) next.set(a, [...(next.get(a) ?? []), b]);
  const cameFrom = new Map<string, string>([[to, to]]);
  const queue = [to];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const target of next.get(node) ?? []) {
      if (cameFrom.has(target)) continue;
      cameFrom.set(target, node);
      if (target === from) return [from, ...pathTo(cameFrom, to, from)];
      queue.push(target);
    }
  }
  return null;
}

function pathTo(cameFrom: Map<string, string>, start: string, end: string): string[] {
  const path = [end];
  for (let node = end; node !== start; ) {
    node = cameFrom.get(node)!;
    path.unshift(node);
  }
  return path;
}

/**
 * Replaces the dependencies of `serviceId` with `dependsOn` and returns the first cycle that
 * creates, or null. The service's current outgoing edges are dropped first: they are being replaced.
 */
export function findCycleReplacing(edges: readonly Edge[], serviceId: string, dependsOn: readonly string[]): string[] | null {
  const kept = edges.filter(([a]) => a !== serviceId);
  for (const target of dependsOn) {
    const cycle = findCycle(kept, serviceId, target);
    if (cycle) return cycle;
    kept.push([serviceId, target]);
  }
  return null;
}
