/**
 * The stage's keys, as a presentation clicker and a coach use them. A pure
 * mapping from a key press (and what is open) to an action, so the rules are
 * tested: while the coach is inside a widget's controls (E), only Escape is
 * the stage's; everything else belongs to the widget.
 */
export type Action =
  | 'next'
  | 'back'
  | 'first'
  | 'last'
  | 'black'
  | 'white'
  | 'fullscreen'
  | 'overview'
  | 'goto'
  | 'timer'
  | 'presenter'
  | 'help'
  | 'edit'
  | 'reveal'
  | 'close';

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export interface KeyContext {
  /** The coach is inside a station's controls. */
  editing: boolean;
  /** An overlay (overview, go to, keys) is open: it handles its own keys. */
  overlay: boolean;
}

const TABLE: Record<string, Action> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'back',
  PageUp: 'back',
  Home: 'first',
  End: 'last',
  b: 'black',
  '.': 'black',
  w: 'white',
  f: 'fullscreen',
  o: 'overview',
  g: 'goto',
  t: 'timer',
  p: 'presenter',
  '?': 'help',
  e: 'edit',
  r: 'reveal',
  Escape: 'close',
};

/** The keys as the help overlay lists them. */
export const KEY_HELP: { keys: string[]; does: string }[] = [
  { keys: ['→', 'Page Down', 'Space', 'Enter'], does: 'Next step, or the next slide' },
  { keys: ['←', 'Page Up'], does: 'Back one step' },
  { keys: ['Home', 'End'], does: 'First or last slide' },
  { keys: ['B', '.'], does: 'Black screen, and back' },
  { keys: ['W'], does: 'White screen, and back' },
  { keys: ['F'], does: 'Full screen' },
  { keys: ['O'], does: 'Overview of all slides (arrows and Enter to jump)' },
  { keys: ['G'], does: 'Go to a slide by number' },
  { keys: ['T'], does: 'Start or pause the timer' },
  { keys: ['P'], does: 'Open the presenter view' },
  { keys: ['R'], does: 'Reveal the answer of a room question or poll' },
  { keys: ['E'], does: 'Enter the controls of the widget or the counts; Escape leaves them' },
  { keys: ['?'], does: 'Show these keys' },
  { keys: ['Esc'], does: 'Close what is open' },
];

export function actionFor(press: KeyPress, ctx: KeyContext): Action | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (ctx.editing || ctx.overlay) return key === 'Escape' ? 'close' : null;
  return TABLE[key] ?? (press.key === '?' ? 'help' : null);
}
