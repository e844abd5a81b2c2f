import { createRequire } from 'node:module';
import type { ActionData, Verb } from '../actions.ts';

/**
 * Loaded through require with a local type: the package's typings import `adaptivecards/src/*.ts` sources, which
 * `tsc` then type-checks under this project's strict flags (skipLibCheck does not cover .ts files) and rejects.
 */
const { Template } = createRequire(import.meta.url)('adaptivecards-templating') as {
  Template: new (payload: object) => { expand(context: { $root: object }): unknown };
};

/** The card JSON the bot sends (Adaptive Cards 1.5); builders return it, routes put it in an attachment. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Array<Record<string, unknown>>;
  actions?: Array<Record<string, unknown>>;
  refresh?: { action: { type: 'Action.Execute'; verb: Verb; data: Record<string, unknown> }; userIds: string[] };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * Universal Actions refresh: Teams calls the bot with this verb when one of these users views the card, so each
 * sees their own current state. The route decides when a card carries it.
 */
export interface CardRefresh {
  verb: Verb;
  data?: Record<string, string | number | boolean>;
  /** Teams refreshes automatically for at most 60 users (MRIs); an empty list means "refresh on demand" only. */
  userIds: string[];
}

const MAX_REFRESH_USERS = 60;

/** A button as the templates lay it out: Action.Execute with an Action.Submit fallback carrying the same data. */
export interface ButtonVm {
  title: string;
  verb: Verb;
  data: Record<string, unknown>;
  style: 'default' | 'positive' | 'destructive';
}

/** An external link button (Action.OpenUrl). */
export interface LinkVm {
  title: string;
  url: string;
}

export function button(title: string, data: ActionData, style: ButtonVm['style'] = 'default'): ButtonVm {
  return { title, verb: data.verb, data: withoutUndefined(data), style };
}

/** Expands a template with a view model of ready-made strings and attaches the refresh the route asked for. */
export function expandCard(template: object, viewModel: object, refresh?: CardRefresh): AdaptiveCard {
  const card = new Template(template).expand({ $root: viewModel }) as AdaptiveCard;
  if (refresh) card.refresh = refreshOf(refresh);
  return card;
}

function refreshOf(refresh: CardRefresh): NonNullable<AdaptiveCard['refresh']> {
  if (refresh.userIds.length > MAX_REFRESH_USERS) {
    throw new RangeError(`refresh.userIds: Teams refreshes at most ${MAX_REFRESH_USERS} users, got ${refresh.userIds.length}`);
  }
  return { action: { type: 'Action.Execute', verb: refresh.verb, data: { ...refresh.data, verb: refresh.verb } }, userIds: [...refresh.userIds] };
}

/** JSON drops undefined anyway; removing it here keeps the fallback's data identical to the Execute data. */
function withoutUndefined(data: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

/** UTF-8 size of the card as sent; Teams refuses messages over about 28 KB. */
export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
