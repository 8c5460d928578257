import { options, type VNode } from 'preact';
import { hasUnsafeChars, markUnsafeChars, stripUnsafeChars } from '../lib/unsafe-text';

// The screen's side of the one rule (src/lib/unsafe-text): whatever a view renders, no control
// or bidi formatting character reaches the page as it is. Typed, restored and synced text is
// stripped before it is stored; what is still kept (a timeline entry sealed by its hash, a
// record from an older version) is shown with a visible mark such as «[U+202E]» in text, and
// dropped from attributes and form values (where a mark would be typed back into the record).

let installed = false;

/** Neutralises one vnode's text or string props. */
function guard(vnode: VNode) {
  const v = vnode as unknown as { type: unknown; props: unknown };
  if (v.type === null) {
    if (typeof v.props === 'string' && hasUnsafeChars(v.props)) v.props = markUnsafeChars(v.props);
    return;
  }
  if (typeof v.type !== 'string') return;
  const props = v.props as Record<string, unknown>;
  for (const key in props) {
    const value = props[key];
    if (key === 'children') {
      // A single string child becomes a text vnode later (and passes here then).
      continue;
    }
    if (typeof value === 'string' && hasUnsafeChars(value)) props[key] = stripUnsafeChars(value);
  }
}

/** Installs the render guard once (the app's start and the test setup call it). */
export function installTextGuard(): void {
  if (installed) return;
  installed = true;
  const previous = options.vnode;
  options.vnode = (vnode) => {
    guard(vnode);
    previous?.(vnode);
  };
}
