/**
 * The workshop model's types: a deck as the stage and the presenter use it.
 * Plain data, no Zod, so the browser bundle stays small; the YAML schema in
 * schema.ts produces the content shape and `buildDeck` (deck.ts) this one.
 */

/** The widgets a station can show (the island names of the widget contract). */
export const STATION_WIDGETS = [
  'funnel',
  'steps',
  'roleplay',
  'forecast',
  'roles',
  'sorting',
  'journey',
  'alignment',
  'recap',
] as const;
export type StationWidget = (typeof STATION_WIDGETS)[number];

export type Aspect = '16:9' | '4:3';

interface SlideBase {
  /** Unique in the deck; lower-case words joined by hyphens. */
  id: string;
  title: string;
  /** What the coach says; shown in the presenter view and the guide. */
  notes: string;
  /** Planned minutes on this slide. */
  minutes: number;
}

export interface TalkSlide extends SlideBase {
  kind: 'talk';
  /** Projected text, about 40 words at most. */
  text?: string;
  /** Short points, projected as a list (counted in the 40 words). */
  points?: string[];
}

export interface ScriptStep {
  /** What the room is shown, e.g. "Double the reach". */
  caption: string;
  /** A partial state, applied on top of the state before it. */
  state: Record<string, unknown>;
}

export interface StationSlide extends SlideBase {
  kind: 'station';
  widget: StationWidget;
  /** The widget's starting state (its own keys, checked against its spec at build). */
  state: Record<string, unknown>;
  /** Caption of the starting state. */
  caption?: string;
  script: ScriptStep[];
}

export interface RoomOption {
  text: string;
  correct: boolean;
  why?: string;
}

export interface QuestionSlide extends SlideBase {
  kind: 'question';
  /** The question's id in content/quizzes/. */
  question: string;
  /** The chapter quiz it comes from (its id), for the QR code; filled at build. */
  quiz: string;
  prompt: string;
  /** "Pick one" or "Pick all that apply". */
  multiple: boolean;
  options: RoomOption[];
  explanation: string;
}

export interface PollSlide extends SlideBase {
  kind: 'poll';
  prompt: string;
  options: string[];
}

export interface ActivitySlide extends SlideBase {
  kind: 'activity';
  /** Instructions for the room. */
  text: string;
  steps?: string[];
}

export type Slide = TalkSlide | StationSlide | QuestionSlide | PollSlide | ActivitySlide;

/** What each kind of slide is called where the coach sees the list (overview, guide). */
export const SLIDE_KIND_LABEL: Record<Slide['kind'], string> = {
  talk: 'Talk',
  station: 'Live widget',
  question: 'Room question',
  poll: 'Poll',
  activity: 'Activity',
};

export interface Deck {
  id: string;
  title: string;
  summary: string;
  audience: string;
  /** Planned minutes in all; the slides' minutes add up to it. */
  duration: number;
  aspect: Aspect;
  materials: string[];
  slides: Slide[];
}
