import { describe, expect, it } from 'vitest';
import { EnrolSubmitSchema, MUNICIPALITY_DATASET, VERBS } from '../../../../src/bot/actions.ts';
import { buildEnrolmentFormCard } from '../../../../src/bot/cards/index.ts';
import { courseOf, elementsOf, inputValues, sessionById, textOf } from './card-fixtures.ts';

const form = (sessionId: string, extra: Omit<Parameters<typeof buildEnrolmentFormCard>[0], 'session' | 'course'> = {}, locale: 'de' | 'en' = 'de') => {
  const session = sessionById(sessionId);
  return buildEnrolmentFormCard({ session, course: courseOf(session), ...extra }, locale);
};
const inputIds = (card: ReturnType<typeof form>) => [...elementsOf(card, 'Input.ChoiceSet'), ...elementsOf(card, 'Input.Text'), ...elementsOf(card, 'Input.Toggle')].map((i) => i.id);
const submitOf = (card: ReturnType<typeof form>) => elementsOf(card, 'Action.Execute').find((a) => a.verb === VERBS.enrolSubmit)!;

describe('enrolment form card', () => {
  it('picks the municipality by Teams type-ahead (Data.Query) and offers a typed name as fallback', () => {
    const card = form('basis-2026-12-karlsruhe');
    const municipality = elementsOf(card, 'Input.ChoiceSet').find((i) => i.id === 'municipality')!;
    expect(municipality['choices.data']).toEqual({ type: 'Data.Query', dataset: MUNICIPALITY_DATASET });
    expect(municipality.style).toBe('filtered');
    const fallback = elementsOf(card, 'Input.Text').find((i) => i.id === 'municipalityText')!;
    expect(fallback.label).toBe('Kommune nicht gefunden? Name eingeben');
  });

  it('requires department and consent, each with an error message', () => {
    const card = form('basis-2026-12-karlsruhe');
    const required = [...elementsOf(card, 'Input.Text'), ...elementsOf(card, 'Input.Toggle')].filter((i) => i.isRequired);
    expect(required.map((i) => i.id)).toEqual(['department', 'consent']);
    for (const input of required) expect(input.errorMessage).toEqual(expect.stringMatching(/\S/));
    expect(textOf(card)).toContain('Ich bin einverstanden, dass mein Name, meine Kommune und meine Dienststelle für diese Anmeldung gespeichert werden.');
  });

  it.each([
    ['basis-2026-12-karlsruhe', ['municipality', 'municipalityText', 'department', 'role', 'voucherId', 'consent']],
    ['aufbau-projekte-2027-02-mannheim', ['municipality', 'municipalityText', 'department', 'role', 'voucherId', 'basisCompleted', 'consent']],
    ['digilunch-2026-12', ['municipality', 'municipalityText', 'department', 'role', 'consent']],
    ['inhouse-2027-02-crailsheim', ['municipality', 'municipalityText', 'department', 'role', 'consent']],
  ])('%s asks for %j (voucher only for Basis/Aufbau, "Basis abgeschlossen" only for Aufbau)', (sessionId, ids) => {
    expect(inputIds(form(sessionId))).toEqual(ids);
  });

  it('explains the voucher id where it is asked for', () => {
    const card = form('basis-2026-12-karlsruhe');
    expect(elementsOf(card, 'Input.Text').find((i) => i.id === 'voucherId')!.placeholder).toBe('beginnt mit dem 8-stelligen Gemeindeschlüssel');
  });

  it('submits with the session id, and what the person entered parses as an enrolment', () => {
    const card = form('basis-2026-12-karlsruhe');
    const submit = submitOf(card);
    expect(submit.data).toEqual({ verb: VERBS.enrolSubmit, sessionId: 'basis-2026-12-karlsruhe' });
    expect(submit.associatedInputs).toBe('auto');
    const sent = { ...inputValues(card, { municipality: '08115001:gemeinde', department: 'Hauptamt', voucherId: '08115001-2026-0042', consent: 'true' }), ...(submit.data as object) };
    expect(EnrolSubmitSchema.parse(sent)).toMatchObject({ municipality: '08115001:gemeinde', municipalityText: undefined, department: 'Hauptamt', consent: true, basisCompleted: false });
  });

  it('accepts a typed municipality name instead of a pick', () => {
    const card = form('digilunch-2026-12');
    const sent = { ...inputValues(card, { municipalityText: 'Aidlingen', department: 'Hauptamt', consent: 'true' }), ...(submitOf(card).data as object) };
    expect(EnrolSubmitSchema.parse(sent)).toMatchObject({ municipality: undefined, municipalityText: 'Aidlingen' });
  });

  it('rejects a submit with neither a picked nor a typed municipality, naming the field', () => {
    const card = form('digilunch-2026-12');
    const parsed = EnrolSubmitSchema.safeParse({ ...inputValues(card, { department: 'Hauptamt', consent: 'true' }), ...(submitOf(card).data as object) });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['municipality'], message: expect.stringContaining('municipalityText') });
  });

  it('comes back after a rejected submit with the reason on top and everything filled in', () => {
    const card = form('aufbau-projekte-2027-02-mannheim', {
      municipality: { value: '08115001:gemeinde', title: 'Aidlingen (Landkreis Böblingen)' },
      values: { department: 'Hauptamt', role: 'Digitallotsin', voucherId: '08111000-2026-1', basisCompleted: true, consent: true },
      error: 'Die Bildungs-Voucher-ID gehört nicht zu der gewählten Kommune.',
    });
    expect(textOf(card)).toContain('Die Bildungs-Voucher-ID gehört nicht zu der gewählten Kommune.');
    expect(inputValues(card)).toEqual({
      municipality: '08115001:gemeinde',
      municipalityText: '',
      department: 'Hauptamt',
      role: 'Digitallotsin',
      voucherId: '08111000-2026-1',
      basisCompleted: 'true',
      consent: 'true',
    });
    expect(elementsOf(card, 'Input.ChoiceSet')[0]!.choices).toEqual([{ value: '08115001:gemeinde', title: 'Aidlingen (Landkreis Böblingen)' }]);
  });

  it('offers the candidates of an ambiguous name as static choices, without duplicates', () => {
    const choice = { value: '08417002:stadt', title: 'Albstadt (Zollernalbkreis)' };
    const card = form('basis-2026-12-karlsruhe', { municipality: choice, municipalityChoices: [choice, { value: '08436001:stadt', title: 'Achern (Ortenaukreis)' }] });
    expect((elementsOf(card, 'Input.ChoiceSet')[0]!.choices as unknown[]).length).toBe(2);
  });

  it('has no error banner on a fresh form', () => {
    expect(elementsOf(form('basis-2026-12-karlsruhe'), 'Container').some((c) => c.style === 'attention')).toBe(false);
  });

  it('speaks English', () => {
    const text = textOf(form('basis-2026-12-karlsruhe', {}, 'en'));
    expect(text).toContain('Municipality not found? Enter its name');
    expect(text).toContain('I agree that my name, municipality and department are stored for this enrolment.');
  });
});
