import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

/**
 * Validates a card the way a client would parse it, plus the rules this project adds. The adaptivecards package's
 * `lib/` entry does not load under Node ESM; its `dist/adaptivecards.min.js` bundle parses and validates without a
 * DOM (measured: it touches `window`/`document` only when rendering), so no shim and no jsdom.
 */
const require = createRequire(import.meta.url);

interface ParseEvent {
  event: number;
  message: string;
  source?: { choicesData?: { type?: string } };
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; validateProperties(): { validationEvents: ParseEvent[] } };
  SerializationContext: new (targetVersion?: unknown) => { eventCount: number; getEventAt(i: number): ParseEvent };
  Versions: { v1_5: unknown; v1_6: unknown };
}
const AC = require('adaptivecards/dist/adaptivecards.min.js') as AdaptiveCardsModule;

/**
 * Teams supports `choices.data` (dynamic type-ahead) on cards of any version, while the library files it under 1.6.
 * So a card is parsed as 1.6 (the library then understands a choice set fed only by Data.Query) and once more as 1.5,
 * from which only the "newer than 1.5" findings are kept: `choices.data` is allowed, anything else newer is an error.
 */
const TEAMS_EXTENSIONS = [/^Property "choices\.data" is supported in version 1\.6/];
const UNSUPPORTED_PROPERTY = 14;
const COLLECTION_CANT_BE_EMPTY = 2;
const NEWER_VALUE = /is supported in version|not supported in version/i;
/**
 * A choice set fed only by Data.Query has no static choices until the person types; Microsoft's own Teams samples
 * and docs send `"choices": []` with `choices.data`. The library's "at least one choice" rule predates Data.Query.
 */
const dynamicOnlyChoiceSet = (e: ParseEvent): boolean => e.event === COLLECTION_CANT_BE_EMPTY && e.source?.choicesData?.type === 'Data.Query';
/** Teams shows at most this many buttons in one set; more are cut off. */
const MAX_ACTIONS = 6;

export function validateCard(json: unknown): { errors: string[] } {
  const errors = [...libraryErrors(json), ...projectErrors(json)];
  return { errors };
}

function libraryErrors(json: unknown): string[] {
  const asParsed = (version: unknown) => {
    const card = new AC.AdaptiveCard();
    const context = new AC.SerializationContext(version);
    card.parse(json, context);
    return { card, events: Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i)) };
  };
  const latest = asParsed(AC.Versions.v1_6);
  const newerThan15 = asParsed(AC.Versions.v1_5).events.filter((e) => e.event === UNSUPPORTED_PROPERTY || NEWER_VALUE.test(e.message));
  return [...latest.events, ...latest.card.validateProperties().validationEvents, ...newerThan15]
    .filter((e) => !TEAMS_EXTENSIONS.some((re) => re.test(e.message)) && !dynamicOnlyChoiceSet(e))
    .map((e) => `adaptivecards: ${e.message}`);
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function projectErrors(json: unknown): string[] {
  if (!isNode(json)) return ['card is not an object'];
  const errors: string[] = [];
  if (json.type !== 'AdaptiveCard') errors.push('type must be "AdaptiveCard"');
  if (json.version !== '1.5') errors.push(`version must be "1.5", got ${JSON.stringify(json.version)}`);
  const text = JSON.stringify(json);
  if (text.includes('${')) errors.push(`unexpanded template expression near ${text.slice(text.indexOf('${') - 40, text.indexOf('${') + 40)}`);
  if (json.refresh !== undefined) errors.push(...refreshErrors(json.refresh));
  const ids = new Set<string>();
  const { refresh: _refresh, ...rest } = json;
  walk(rest, '$', (node, path) => errors.push(...elementErrors(node, path, ids)));
  return errors;
}

function walk(value: unknown, path: string, visit: (node: Node, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  else if (isNode(value)) {
    if (typeof value.type === 'string') visit(value, path);
    for (const [key, child] of Object.entries(value)) if (key !== 'data') walk(child, `${path}.${key}`, visit);
  }
}

function elementErrors(node: Node, path: string, ids: Set<string>): string[] {
  const type = node.type as string;
  const at = `${path} (${type})`;
  const errors: string[] = [];
  if (typeof node.id === 'string' && !path.endsWith('.fallback')) {
    if (ids.has(node.id)) errors.push(`${at}: duplicate id "${node.id}"`);
    ids.add(node.id);
  }
  if (type.startsWith('Input.')) errors.push(...inputErrors(node, at));
  if (type === 'Action.Execute') errors.push(...executeErrors(node, at));
  if (type === 'Action.Submit' && !hasVerb(node.data)) errors.push(`${at}: data.verb is missing`);
  if (type === 'Action.OpenUrl' && !isUrl(node.url)) errors.push(`${at}: url ${JSON.stringify(node.url)} is not an absolute http(s) URL`);
  if (type === 'TextBlock') {
    if (typeof node.text !== 'string' || node.text.trim() === '') errors.push(`${at}: empty text`);
    if (node.wrap !== true) errors.push(`${at}: wrap must be true (Teams cuts long lines otherwise)`);
  }
  if (type === 'FactSet') errors.push(...factErrors(node, at));
  errors.push(...emptyCollection(node, at, type === 'Container' ? 'items' : type === 'ActionSet' ? 'actions' : type === 'ColumnSet' ? 'columns' : undefined));
  if (Array.isArray(node.actions) && node.actions.length > MAX_ACTIONS) errors.push(`${at}: ${node.actions.length} actions, Teams shows at most ${MAX_ACTIONS}`);
  return errors;
}

function inputErrors(node: Node, at: string): string[] {
  const errors: string[] = [];
  if (typeof node.id !== 'string' || node.id === '') errors.push(`${at}: input without id`);
  if (node.isRequired === true) {
    if (typeof node.errorMessage !== 'string' || node.errorMessage === '') errors.push(`${at}: required input without errorMessage`);
    if (typeof node.label !== 'string' || node.label === '') errors.push(`${at}: required input without label`);
  }
  return errors;
}

function executeErrors(node: Node, at: string): string[] {
  const errors: string[] = [];
  if (typeof node.verb !== 'string' || node.verb === '') errors.push(`${at}: verb is missing`);
  if (!isNode(node.data) || node.data.verb !== node.verb) errors.push(`${at}: data.verb must equal verb "${String(node.verb)}"`);
  const fallback = node.fallback;
  if (!isNode(fallback) || fallback.type !== 'Action.Submit') errors.push(`${at}: needs an Action.Submit fallback for clients without Universal Actions`);
  else {
    if (!isDeepStrictEqual(fallback.data, node.data)) errors.push(`${at}: the fallback's data differs from the action's data`);
    if (fallback.title !== node.title) errors.push(`${at}: the fallback's title differs from the action's title`);
    if ((fallback.associatedInputs ?? 'auto') !== (node.associatedInputs ?? 'auto')) errors.push(`${at}: the fallback sends other inputs than the action`);
  }
  return errors;
}

function refreshErrors(refresh: unknown): string[] {
  if (!isNode(refresh) || !isNode(refresh.action)) return ['refresh: needs an action'];
  const { action, userIds } = refresh;
  const errors: string[] = [];
  if (action.type !== 'Action.Execute') errors.push('refresh.action must be an Action.Execute');
  if (typeof action.verb !== 'string' || !isNode(action.data) || action.data.verb !== action.verb) errors.push('refresh.action: data.verb must equal verb');
  if (!Array.isArray(userIds) || userIds.length > 60) errors.push('refresh.userIds must be a list of at most 60 users');
  return errors;
}

function factErrors(node: Node, at: string): string[] {
  if (!Array.isArray(node.facts) || node.facts.length === 0) return [`${at}: no facts`];
  return node.facts.flatMap((f, i) =>
    isNode(f) && typeof f.title === 'string' && f.title !== '' && typeof f.value === 'string' && f.value.trim() !== '' ? [] : [`${at}: fact ${i} needs a title and a value`],
  );
}

function emptyCollection(node: Node, at: string, key: string | undefined): string[] {
  if (!key) return [];
  const list = node[key];
  return Array.isArray(list) && list.length > 0 ? [] : [`${at}: empty ${key} (renders as a blank gap)`];
}

const hasVerb = (data: unknown): boolean => isNode(data) && typeof data.verb === 'string' && data.verb !== '';

function isUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['https:', 'http:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
