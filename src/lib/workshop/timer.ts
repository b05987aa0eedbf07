/**
 * The session clock, as plain arithmetic on timestamps (ms) so it survives a
 * reload: a running clock is its total so far plus the moment it started.
 * Time is also kept per slide, to set against each slide's plan.
 */
export interface Clock {
  /** Milliseconds counted before the current run. */
  elapsed: number;
  /** When the current run started, or null when paused. */
  since: number | null;
}

export const STOPPED: Clock = { elapsed: 0, since: null };

export function elapsedOf(c: Clock, now: number): number {
  return c.elapsed + (c.since === null ? 0 : Math.max(0, now - c.since));
}

export function start(c: Clock, now: number): Clock {
  return c.since === null ? { elapsed: c.elapsed, since: now } : c;
}

export function pause(c: Clock, now: number): Clock {
  return c.since === null ? c : { elapsed: elapsedOf(c, now), since: null };
}

export function toggle(c: Clock, now: number): Clock {
  return c.since === null ? start(c, now) : pause(c, now);
}

/** A clock read from storage or a message: anything odd gives a stopped clock at zero. */
export function parseClock(v: unknown, now: number): Clock {
  if (!v || typeof v !== 'object') return STOPPED;
  const o = v as Record<string, unknown>;
  const day = 24 * 3600_000;
  const elapsed = typeof o.elapsed === 'number' && Number.isFinite(o.elapsed) ? Math.min(day, Math.max(0, o.elapsed)) : 0;
  const since =
    typeof o.since === 'number' && Number.isFinite(o.since) && o.since <= now && now - o.since < day ? o.since : null;
  return { elapsed, since };
}

/** Whole seconds as "m:ss", or "h:mm:ss" from an hour; negative values get a minus sign. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}

export interface Pace {
  /** Positive: behind plan by this many ms; negative: ahead. */
  behind: number;
  /** "2 min behind", "1 min ahead", "on time". */
  label: string;
}

/**
 * Ahead or behind: the time used so far against the plan up to where the
 * session is now. Time on the current slide counts against its plan only
 * once it runs over, so arriving on time and talking is "on time".
 */
export function pace(plannedStartMin: number, plannedMin: number, elapsedMs: number, onSlideMs: number): Pace {
  const expected = plannedStartMin * 60_000 + Math.min(onSlideMs, plannedMin * 60_000);
  const behind = elapsedMs - expected;
  const mins = Math.round(Math.abs(behind) / 60_000);
  const label = mins === 0 ? 'on time' : `${mins} min ${behind > 0 ? 'behind' : 'ahead'}`;
  return { behind, label };
}

/** An activity's countdown: what is left of its planned minutes (never below zero). */
export function remaining(plannedMin: number, onSlideMs: number): number {
  return Math.max(0, plannedMin * 60_000 - onSlideMs);
}

/** Adds the time since the slide was entered to that slide's total. */
export function addSlideTime(perSlide: readonly number[], slide: number, enteredAt: number, now: number): number[] {
  const out = [...perSlide];
  while (out.length <= slide) out.push(0);
  out[slide] = (out[slide] ?? 0) + Math.max(0, now - enteredAt);
  return out;
}
