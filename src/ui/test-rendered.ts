// Tests only: what a page puts on screen, to look for characters that must not be there.

/** Every text node, attribute and form value under `root`. */
export function renderedStrings(root: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.nodeValue ?? '');
    if (node instanceof Element) for (const a of Array.from(node.attributes)) out.push(a.value);
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement)
      out.push(node.value);
  }
  return out;
}
