import { describe, expect, it } from 'vitest';
import { validateCard } from '../../../support/card-validator.ts';

/** The validator itself: it must pass a good card and name each kind of mistake, or the card tests prove nothing. */
const execute = (verb: string, extra: Record<string, unknown> = {}) => ({
  type: 'Action.Execute',
  title: 'Weiter',
  verb,
  data: { verb },
  fallback: { type: 'Action.Submit', title: 'Weiter', data: { verb } },
  ...extra,
});

const card = (overrides: Record<string, unknown> = {}) => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Kurse und Termine', wrap: true },
    { type: 'Input.Text', id: 'department', label: 'Dienststelle', isRequired: true, errorMessage: 'Bitte angeben.' },
    {
      type: 'Input.ChoiceSet',
      id: 'municipality',
      label: 'Kommune',
      style: 'filtered',
      choices: [],
      'choices.data': { type: 'Data.Query', dataset: 'municipalities' },
    },
  ],
  actions: [execute('catalogue.show')],
  ...overrides,
});

const errorsOf = (json: unknown) => validateCard(json).errors.join('\n');

describe('validateCard', () => {
  it('passes a good 1.5 card, including a Data.Query choice set without static choices', () => {
    expect(validateCard(card()).errors).toEqual([]);
  });

  it('passes a refresh whose action carries its verb', () => {
    const refresh = { action: { type: 'Action.Execute', verb: 'enrolments.mine', data: { verb: 'enrolments.mine' } }, userIds: ['29:abc'] };
    expect(validateCard(card({ refresh })).errors).toEqual([]);
  });

  it.each([
    ['another version', card({ version: '1.6' }), 'version must be "1.5"'],
    ['an unknown element', card({ body: [{ type: 'Bogus' }] }), 'Unknown element type "Bogus"'],
    ['an invalid property value', card({ body: [{ type: 'TextBlock', text: 'x', wrap: true, size: 'Huge' }] }), 'Invalid value "Huge"'],
    ['a property newer than 1.5', card({ body: [{ type: 'Input.Text', id: 'a', label: 'A', labelPosition: 'inline' }] }), 'supported in version 1.6'],
    ['an unexpanded template expression', card({ body: [{ type: 'TextBlock', text: '${title}', wrap: true }] }), 'unexpanded template expression'],
    ['text without wrap', card({ body: [{ type: 'TextBlock', text: 'lang' }] }), 'wrap must be true'],
    ['empty text', card({ body: [{ type: 'TextBlock', text: ' ', wrap: true }] }), 'empty text'],
    ['an input without id', card({ body: [{ type: 'Input.Text', label: 'A' }] }), 'input without id'],
    ['duplicate ids', card({ body: [{ type: 'Input.Text', id: 'a' }, { type: 'Input.Text', id: 'a' }] }), 'duplicate id "a"'],
    ['a required input without error message', card({ body: [{ type: 'Input.Text', id: 'a', label: 'A', isRequired: true }] }), 'required input without errorMessage'],
    ['a choice with an empty value', card({ body: [{ type: 'Input.ChoiceSet', id: 'a', choices: [{ title: 'alle', value: '' }] }] }), 'title and value'],
    ['a choice set with no choices and no Data.Query', card({ body: [{ type: 'Input.ChoiceSet', id: 'a', choices: [] }] }), 'at least one choice'],
    ['an empty fact set', card({ body: [{ type: 'FactSet', facts: [] }] }), 'no facts'],
    ['an empty container', card({ body: [{ type: 'Container', items: [] }] }), 'empty items'],
    ['an Execute without verb', card({ actions: [{ type: 'Action.Execute', title: 'x', data: {}, fallback: { type: 'Action.Submit', title: 'x', data: { verb: 'x' } } }] }), 'verb is missing'],
    ['data.verb differing from verb', card({ actions: [execute('catalogue.show', { data: { verb: 'help.show' } })] }), 'data.verb must equal verb'],
    ['an Execute without fallback', card({ actions: [execute('catalogue.show', { fallback: undefined })] }), 'needs an Action.Submit fallback'],
    ['a fallback with other data', card({ actions: [execute('session.details', { data: { verb: 'session.details', sessionId: 'a' }, fallback: { type: 'Action.Submit', title: 'Weiter', data: { verb: 'session.details', sessionId: 'b' } } })] }), "fallback's data differs"],
    ['a fallback sending other inputs', card({ actions: [execute('catalogue.show', { associatedInputs: 'none' })] }), 'sends other inputs'],
    ['a link without a valid URL', card({ actions: [{ type: 'Action.OpenUrl', title: 'Kalender', url: 'kalender.ics' }] }), 'not an absolute http(s) URL'],
    ['more buttons than Teams shows', card({ actions: Array.from({ length: 7 }, () => execute('help.show')) }), 'Teams shows at most 6'],
    ['a refresh for more than 60 users', card({ refresh: { action: { type: 'Action.Execute', verb: 'a', data: { verb: 'a' } }, userIds: Array.from({ length: 61 }, (_, i) => `29:${i}`) } }), 'at most 60 users'],
    ['a refresh whose data lacks the verb', card({ refresh: { action: { type: 'Action.Execute', verb: 'a', data: {} }, userIds: [] } }), 'refresh.action: data.verb'],
  ])('reports %s', (_name, json, expected) => {
    expect(errorsOf(json)).toContain(expected);
  });
});
