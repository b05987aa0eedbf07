/**
 * The role-play's state: which conversation, and the path taken through it
 * (the index of each reply chosen, 0 = A). A deck station can say "this
 * conversation, after these two choices": `{ conversation: 'brightwell-price',
 * replies: [0, 2] }`, or `?conversation=brightwell-price&replies=0.2` in a URL.
 *
 * The conversations are content, so the spec is built from their ids. The key
 * is `conversation`, not `scenario`: the funnel simulator uses `scenario` on
 * chapter pages. The role-play's tool page still reads an old `scenario=` link.
 */
import { defineState, type Values } from '../url-state/index.ts';
import { withLegacy } from '../url-state/legacy.ts';
import { GRAPH_RULES, type Scenario } from './graph.ts';

/** Longer than any path through a scenario; a longer list is cut with a notice. */
export const MAX_PATH = 16;

/** The old key of the conversation, read on /tools/roleplay/ only. */
export const LEGACY_CONVERSATION_KEY = 'scenario';

/** The spec for a set of conversation ids (the file names in content/roleplay/), the first one the default. */
export function createRoleplayState(ids: readonly string[]) {
  const values = ids.length > 0 ? [...ids] : [''];
  return defineState({
    conversation: { kind: 'enum', default: values[0]!, values, label: 'Conversation' },
    replies: {
      kind: 'list',
      default: [],
      min: 0,
      max: GRAPH_RULES.maxReplies - 1,
      maxLength: MAX_PATH,
      label: 'Replies chosen',
    },
  });
}

export type RoleplayStateSpec = ReturnType<typeof createRoleplayState>;

/**
 * The same spec that also reads the old `scenario=` key (a link from before
 * the key changed) as the conversation; the next write replaces it. For
 * /tools/roleplay/ only: on chapter pages `scenario` is the funnel's.
 */
export function withLegacyConversation(spec: RoleplayStateSpec): RoleplayStateSpec {
  return withLegacy(spec, {
    keys: [LEGACY_CONVERSATION_KEY],
    upgrade(get) {
      const old = get(LEGACY_CONVERSATION_KEY);
      const set: Record<string, string> = {};
      if (old !== null && get('conversation') === null) set.conversation = old;
      return { set, notices: [] };
    },
  });
}
export type RoleplayValues = Values<RoleplayStateSpec['fields']>;

/** The ids of loaded scenarios, in their order, as the spec takes them. */
export function conversationIds(scenarios: readonly Scenario[]): string[] {
  return scenarios.map((s, i) => s.id ?? `scenario-${i + 1}`);
}
