// Turns overlapping standoff annotations into one well-formed tree for XML output.
// Annotations are inserted in priority order; one that would cross an accepted annotation, or sit where
// its tier may not, is dropped. The outcome depends only on the annotations and their order.

/** "container" (div) holds blocks; "block" (p, ab) holds phrases; "phrase" (names, dates…) holds phrases. */
export type Tier = "container" | "block" | "phrase";

export interface Annotation {
  start: number;
  end: number;
  tier: Tier;
  /** Element name and its serialised attributes (" a=\"1\""), already escaped. */
  name: string;
  attributes: string;
}

export interface Node extends Annotation {
  children: Node[];
}

const ALLOWED: Record<Tier | "root", Tier[]> = {
  root: ["container", "block"],
  container: ["block"],
  block: ["phrase"],
  phrase: ["phrase"],
};

export class NestingTree {
  readonly root: Node;
  dropped = 0;

  constructor(readonly text: string) {
    this.root = { start: 0, end: text.length, tier: "container", name: "", attributes: "", children: [] };
  }

  /** Inserts the annotation unless it is empty, outside the text, splits a surrogate pair or crosses another. */
  add(a: Annotation): boolean {
    const ok = a.start < a.end && a.start >= 0 && a.end <= this.text.length && !this.splitsPair(a.start) && !this.splitsPair(a.end) && this.insert(this.root, { ...a, children: [] });
    if (!ok) this.dropped++;
    return ok;
  }

  /** Stretches of non-white text directly in the root or a container, outside every block. */
  uncoveredText(): { start: number; end: number }[] {
    const gaps: { start: number; end: number }[] = [];
    const visit = (n: Node) => {
      let at = n.start;
      const gap = (to: number) => {
        const s = this.text.slice(at, to);
        const lead = s.length - s.trimStart().length;
        const trail = s.length - s.trimEnd().length;
        if (lead < s.length) gaps.push({ start: at + lead, end: to - trail });
      };
      for (const c of n.children) {
        gap(c.start);
        if (c.tier === "container") visit(c);
        at = c.end;
      }
      gap(n.end);
    };
    visit(this.root);
    return gaps;
  }

  private splitsPair(offset: number): boolean {
    const c = this.text.charCodeAt(offset);
    const b = this.text.charCodeAt(offset - 1);
    return c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff;
  }

  private insert(parent: Node, a: Node): boolean {
    const kids = parent.children;
    const i = firstEndingAfter(kids, a.start);
    let j = i;
    while (j < kids.length && kids[j].start < a.end) j++;
    if (j - i === 1 && kids[i].start <= a.start && a.end <= kids[i].end) return this.insert(kids[i], a);
    if (!ALLOWED[parent === this.root ? "root" : parent.tier].includes(a.tier)) return false;
    for (let k = i; k < j; k++) {
      const c = kids[k];
      if (c.start < a.start || c.end > a.end || !ALLOWED[a.tier].includes(c.tier)) return false;
    }
    a.children = kids.slice(i, j);
    kids.splice(i, j - i, a);
    return true;
  }
}

function firstEndingAfter(nodes: Node[], offset: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Writes the tree: the text between tags escaped with `escape`, the root itself without a tag. */
export function serialize(tree: NestingTree, escape: (s: string) => string): string {
  const out: string[] = [];
  const write = (n: Node) => {
    let at = n.start;
    for (const c of n.children) {
      if (c.start > at) out.push(escape(tree.text.slice(at, c.start)));
      out.push(`<${c.name}${c.attributes}>`);
      write(c);
      out.push(`</${c.name}>`);
      at = c.end;
    }
    if (n.end > at) out.push(escape(tree.text.slice(at, n.end)));
  };
  write(tree.root);
  return out.join("");
}
