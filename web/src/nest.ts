// Turns possibly overlapping spans into a tree of nested spans: a span that crosses the end of an
// enclosing one is cut in two, so every piece nests properly and can become an element.
export interface Annotation {
  start: number;
  end: number;
  /** Lower ranks enclose higher ones when two spans cover the same text. */
  rank: number;
  key: number;
}

export interface NestNode {
  ann: Annotation | null;
  start: number;
  end: number;
  children: NestNode[];
}

const order = (a: Annotation, b: Annotation) => a.start - b.start || b.end - a.end || a.rank - b.rank;

export function nest(length: number, annotations: Annotation[]): NestNode {
  const root: NestNode = { ann: null, start: 0, end: length, children: [] };
  const queue = annotations.filter((a) => a.start < a.end && a.start >= 0 && a.end <= length).sort(order);
  const stack: NestNode[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const a = queue[i];
    while (stack[stack.length - 1].end <= a.start) stack.pop();
    const parent = stack[stack.length - 1];
    let end = a.end;
    if (end > parent.end) {
      // Crossing: keep the part inside the parent here, queue the rest in order.
      const rest = { ...a, start: parent.end };
      let j = i + 1;
      while (j < queue.length && order(queue[j], rest) <= 0) j++;
      queue.splice(j, 0, rest);
      end = parent.end;
    }
    const node: NestNode = { ann: a, start: a.start, end, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}
