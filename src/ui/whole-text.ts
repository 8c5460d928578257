// Test helper: find an element by its whole text, across inline children such as the
// <bdi> that isolates user text (Testing Library's default matcher reads only own text).

/** A Testing Library matcher for the paragraph whose whole text matches `pattern`. */
export const wholeText =
  (pattern: RegExp | string) =>
  (_content: string, element: Element | null): boolean => {
    if (element?.tagName !== 'P') return false;
    const text = element.textContent ?? '';
    return typeof pattern === 'string' ? text === pattern : pattern.test(text);
  };
