/**
 * One window's view of a workshop session: where the deck is, what the
 * screen shows, the current station's state, the room's counts and the
 * clock. The position and the station's state live in the URL (a reload
 * resumes); counts and the clock in localStorage; every change is sent to
 * the deck's other windows, and their changes are taken in after parsing.
 */
import { currentQuery, replaceQuery } from '../../ui/browser.ts';
import {
  back,
  clampPosition,
  first,
  goTo,
  last,
  next,
  positionFromQuery,
  samePosition,
  sessionQuery,
  stationQuery,
  type Position,
} from '../../../lib/workshop/machine.ts';
import { channelName, parseMessage, type Screen } from '../../../lib/workshop/sync.ts';
import { parseTallies, setCount, type Tallies } from '../../../lib/workshop/tally.ts';
import { elapsedOf, parseClock, toggle, type Clock } from '../../../lib/workshop/timer.ts';
import type { Deck } from '../../../lib/workshop/types.ts';
import { openChannel, readStored, writeStored, type Channel } from './channel.ts';


export interface SessionOptions {
  /** Keep the position in the URL (off for a one-widget stage, which keeps only the widget's state). */
  position?: boolean;
}

export class Session {
  readonly deck: Deck;
  pos: Position = $state(first());
  screen: Screen = $state('show');
  /** The current station's state, as its widget's query ("" = as scripted). */
  station = $state('');
  tallies: Tallies = $state({});
  clock: Clock = $state({ elapsed: 0, since: null });
  enteredAt = $state(Date.now());
  /** Ticks once a second, for clocks and countdowns. */
  now = $state(Date.now());
  /** When the last message from the other window arrived, and how long it took (ms). */
  lastLatency = $state<number | null>(null);
  readonly #sender = Math.random().toString(36).slice(2, 10);
  #seq = 0;
  #channel: Channel | null = null;
  #timer: ReturnType<typeof setInterval> | null = null;
  readonly #position: boolean;

  constructor(deck: Deck, options: SessionOptions = {}) {
    this.deck = deck;
    this.#position = options.position ?? true;
    this.tallies = parseTallies(deck, null);
  }

  get slide() {
    return this.deck.slides[this.pos.slide]!;
  }

  /** What SlideView shows of the current slide: the stage and the presenter's preview alike. */
  get view() {
    return {
      slide: this.slide,
      index: this.pos.slide,
      total: this.deck.slides.length,
      deckTitle: this.deck.title,
      step: this.pos.step,
      override: this.station,
      tallies: this.tallies,
      onSlide: this.onSlide,
    };
  }

  get nextSlide() {
    return this.deck.slides[this.pos.slide + 1];
  }

  #key(what: string) {
    return `${channelName(this.deck.id)}:${what}`;
  }

  /** Reads the URL and storage, opens the channel and asks the other window where it is. */
  start(): void {
    const query = currentQuery();
    if (this.#position) this.pos = positionFromQuery(this.deck.slides, query);
    this.station = stationQuery(query);
    const now = Date.now();
    this.tallies = parseTallies(this.deck, readStored(this.#key('tallies')));
    this.clock = parseClock(readStored(this.#key('clock')), now);
    this.#channel = openChannel(channelName(this.deck.id), (raw) => this.#receive(raw));
    this.#channel.post({ type: 'hello', deck: this.deck.id, sender: this.#sender });
    this.#timer = setInterval(() => (this.now = Date.now()), 1000);
  }

  stop(): void {
    this.#channel?.close();
    if (this.#timer) clearInterval(this.#timer);
  }

  #receive(raw: unknown) {
    const now = Date.now();
    const msg = parseMessage(this.deck.id, raw, now);
    if (!msg || msg.sender === this.#sender) return;
    if (msg.type === 'hello') {
      this.#send();
      return;
    }
    this.lastLatency = Math.max(0, now - msg.sentAt);
    const pos = clampPosition(this.deck.slides, { slide: msg.slide, step: msg.step });
    this.pos = pos;
    this.screen = msg.screen;
    this.station = msg.station === '' || msg.station.startsWith('?') ? msg.station : '';
    this.tallies = parseTallies(this.deck, msg.tallies);
    this.clock = msg.clock;
    this.enteredAt = msg.enteredAt;
    this.#writeUrl();
  }

  #send() {
    this.#channel?.post({
      type: 'state',
      deck: this.deck.id,
      sender: this.#sender,
      seq: ++this.#seq,
      sentAt: Date.now(),
      slide: this.pos.slide,
      step: this.pos.step,
      screen: this.screen,
      station: this.station,
      tallies: $state.snapshot(this.tallies),
      clock: $state.snapshot(this.clock),
      enteredAt: this.enteredAt,
    });
  }

  #writeUrl() {
    replaceQuery(sessionQuery(this.#position ? this.pos : null, this.station));
  }

  #changed() {
    this.#writeUrl();
    this.#send();
  }

  go(pos: Position): void {
    const p = clampPosition(this.deck.slides, pos);
    if (samePosition(p, this.pos)) return;
    if (p.slide !== this.pos.slide) this.enteredAt = Date.now();
    this.pos = p;
    // A new step shows its scripted state; the coach's own changes belong to the step they were made on.
    this.station = '';
    this.#changed();
  }

  next = () => this.go(next(this.deck.slides, this.pos));
  back = () => this.go(back(this.deck.slides, this.pos));
  first = () => this.go(first());
  last = () => this.go(last(this.deck.slides));
  goTo = (slide: number) => this.go(goTo(this.deck.slides, slide));

  /** Black or white screen, and back (the same key again). */
  toggleScreen(screen: 'black' | 'white'): void {
    this.screen = this.screen === screen ? 'show' : screen;
    this.#send();
  }

  /** Reveal (or hide again) a room question's answer or a poll's chart. */
  toggleReveal(): void {
    const k = this.slide.kind;
    if (k !== 'question' && k !== 'poll') return;
    this.go({ slide: this.pos.slide, step: this.pos.step === 0 ? 1 : 0 });
  }

  setStation(query: string): void {
    if (query === this.station) return;
    this.station = query;
    this.#changed();
  }

  setCount(slide: string, option: number, count: unknown): void {
    this.tallies = setCount(this.tallies, slide, option, count);
    writeStored(this.#key('tallies'), this.tallies);
    this.#send();
  }

  clearTallies(): void {
    this.tallies = parseTallies(this.deck, null);
    writeStored(this.#key('tallies'), this.tallies);
    this.#send();
  }

  toggleClock(): void {
    this.clock = toggle(this.clock, Date.now());
    writeStored(this.#key('clock'), this.clock);
    this.#send();
  }

  resetClock(): void {
    this.clock = { elapsed: 0, since: null };
    this.enteredAt = Date.now();
    writeStored(this.#key('clock'), this.clock);
    this.#send();
  }

  get elapsed(): number {
    return elapsedOf(this.clock, this.now);
  }

  get onSlide(): number {
    return Math.max(0, this.now - this.enteredAt);
  }
}
