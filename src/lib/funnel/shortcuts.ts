/**
 * The simulator's keyboard shortcuts, as a pure mapping from a key press to
 * an action. They never fire in a field, with a modifier held, or while the
 * shortcut list is open; Space still presses a focused button or link.
 */
export type ShortcutAction =
  | { kind: 'toggle-flow'; preventDefault: true }
  | { kind: 'reset-flow'; preventDefault?: false }
  | { kind: 'scenario'; index: number; preventDefault?: false }
  | { kind: 'compare' | 'goal' | 'present'; preventDefault?: false }
  | { kind: 'help'; preventDefault: true };

/** The keys, in the order the shortcut list shows them. */
export const SHORTCUT_KEYS = [
  { key: 'Space', does: 'Play or pause the animation' },
  { key: 'R', does: 'Reset the animation to month 1' },
  { key: 'C', does: 'Compare on or off' },
  { key: 'G', does: 'Goal mode on or off' },
  { key: 'F', does: 'Present it on the workshop stage, in a new window' },
  { key: '?', does: 'Show this list' },
  { key: 'Escape', does: 'Close this list' },
] as const;

/** The event's target is a place where keys type text or pick a value. */
function inField(target: unknown): boolean {
  const el = target as { isContentEditable?: boolean; tagName?: string } | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName.toUpperCase());
}

/** True when the target is (inside) a control that Space presses. */
function onPressable(target: unknown): boolean {
  const el = target as { closest?: (s: string) => unknown } | null;
  return typeof el?.closest === 'function' && el.closest('button, a, summary, [role="button"]') !== null;
}

interface KeyPress {
  key: string;
  target: unknown;
  defaultPrevented?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** The action for a key press, or null when the key is not a shortcut here. */
export function shortcutFor(e: KeyPress, dialogOpen: boolean): ShortcutAction | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || dialogOpen) return null;
  if (inField(e.target)) return null;
  const key = e.key;
  if (key === ' ') return onPressable(e.target) ? null : { kind: 'toggle-flow', preventDefault: true };
  if (/^[1-9]$/.test(key)) return { kind: 'scenario', index: Number(key) - 1 };
  switch (key.toLowerCase()) {
    case 'r':
      return { kind: 'reset-flow' };
    case 'c':
      return { kind: 'compare' };
    case 'g':
      return { kind: 'goal' };
    case 'f':
      return { kind: 'present' };
    case '?':
      return { kind: 'help', preventDefault: true };
    default:
      return null;
  }
}
