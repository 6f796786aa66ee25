// Two helpers parse-latin's rules call for every token, with their packages' contracts
// (unist-util-modify-children, nlcst-to-string) and less work per call. The build puts them in
// those packages' place (scripts/build.mjs); test/english.test.ts checks both against the packages.

interface Node {
  type?: string;
  value?: string;
  children?: Node[];
}

type Modifier = (child: Node, index: number, parent: { children: Node[] }) => number | undefined | void;

/** Calls `modifier` on each child of a parent, as the children change; a number returned is the index to go on from. */
export function modifyChildren(modifier: Modifier): (parent: { children: Node[] }) => void {
  return (parent) => {
    if (!parent || !parent.children) throw new Error('Missing children in `parent` for `modifier`');
    const children = parent.children;
    for (let index = 0; index < children.length; index++) {
      // A negative index returned starts again from the first child.
      if (index < 0) continue;
      const next = modifier(children[index]!, index, parent);
      if (typeof next === 'number') index = next - 1;
    }
  };
}

/** A node's text: its value, or its children's texts joined. */
export function toString(value: Node | Node[]): string {
  if (!value || (!Array.isArray(value) && !value.type)) throw new Error(`Expected node, not \`${String(value)}\``);
  if ('value' in value) return value.value!;
  const children = (Array.isArray(value) ? value : value.children) ?? [];
  // Most are a word of one text node: no array joined.
  if (children.length === 1) return toString(children[0]!);
  let text = '';
  for (const child of children) text += toString(child);
  return text;
}
