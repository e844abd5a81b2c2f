import { fundedPlacesFor } from '../programme/index.ts';
import type { FundedPlaces, FundedPlacesError, Municipality, MunicipalityDirectory, MunicipalityKind, ProgrammeRules } from '../programme/index.ts';
import type { Result } from '../shared/index.ts';
import type { AlternativeFigure, ComputedAnswer, MunicipalityFacts, NoRuleFigure, PlacesFigure } from './computed-answer.types.ts';
import type { ComputedQuestion } from './computed-question.classifier.ts';
import { factsOf, sourcedBy } from './computed-sourcing.ts';

type FundedPlacesQuestion = Extract<ComputedQuestion, { intent: 'funded_places' }>;
type Deps = Readonly<{ rules: ProgrammeRules; directory: MunicipalityDirectory }>;
type Figure = Result<FundedPlaces, FundedPlacesError>;

const MAX_CANDIDATES = 5;
/** Words that already tell the directory a district is meant; otherwise the kreis flag adds one. */
const DISTRICT_WORD = /kreis|\blra\b|landrats/i;

/** "Wie viele Lotsen werden für X gefördert?" / "… für 12.000 Einwohner?" — from the rules, never from text. */
export function answerFundedPlaces(deps: Deps, question: FundedPlacesQuestion, at: Date): ComputedAnswer {
  const query = question.municipalityQuery?.trim();
  if (query) {
    const found = findMunicipality(deps.directory, query, question.kreis === true);
    if (found.kind === 'match') return forMunicipality(deps, found.municipality, at);
    if (found.kind === 'ambiguous') return { kind: 'municipality_ambiguous', query, candidates: found.candidates.slice(0, MAX_CANDIDATES).map(factsOf) };
    if (question.population === undefined) return { kind: 'municipality_unknown', query };
  }
  if (question.population === undefined) return { kind: 'needs_municipality' };
  const kind: MunicipalityKind = question.kreis ? 'landkreis' : 'gemeinde';
  return toAnswer(deps.rules, at, kind, fundedPlacesFor(deps.rules, { population: question.population, kind }, at));
}

function findMunicipality(directory: MunicipalityDirectory, query: string, kreis: boolean) {
  const found = directory.search(kreis && !DISTRICT_WORD.test(query) ? `Kreis ${query}` : query);
  // "Kreis" before a name that has no district (a plain town) must not lose the town.
  return kreis && found.kind === 'none' ? directory.search(query) : found;
}

function forMunicipality(deps: Deps, municipality: Municipality, at: Date): ComputedAnswer {
  const figure = fundedPlacesFor(deps.rules, municipality, at);
  const twin = twinOf(deps.directory, municipality);
  const alternative = twin && alternativeFigure(twin, fundedPlacesFor(deps.rules, twin, at));
  return toAnswer(deps.rules, at, municipality.kind, figure, factsOf(municipality), alternative);
}

/** A Stadtkreis and its town share one AGS: the same place, counted once as a town and once as a district. */
function twinOf(directory: MunicipalityDirectory, m: Municipality): Municipality | undefined {
  if (m.kind === 'stadtkreis') return directory.findByAgs(m.ags, 'stadt') ?? directory.findByAgs(m.ags, 'gemeinde');
  if (m.kind === 'landkreis') return undefined;
  return directory.findByAgs(m.ags, 'stadtkreis');
}

function alternativeFigure(twin: Municipality, figure: Figure): AlternativeFigure | undefined {
  const municipality = factsOf(twin);
  if (figure.ok) return { municipality, ...placesOf(figure.value) };
  return figure.error.code === 'no_rule_for_city_over_130000' ? { municipality, ...noRuleOf(figure.error, twin.kind) } : undefined;
}

function toAnswer(
  rules: ProgrammeRules,
  at: Date,
  bodyKind: MunicipalityKind,
  figure: Figure,
  municipality?: MunicipalityFacts,
  alternative?: AlternativeFigure,
): ComputedAnswer {
  const where = { ...(municipality ? { municipality } : {}), ...(alternative ? { alternative } : {}) };
  if (figure.ok) return { kind: 'funded_places', ...placesOf(figure.value), ...where, ...sourcedBy(rules, at, figure.value.rule) };
  const error = figure.error;
  if (error.code === 'no_funding_period') return { kind: 'no_funding_period', day: error.day };
  if (error.code === 'no_rule_for_city_over_130000') {
    return { kind: 'no_rule', ...noRuleOf(error, bodyKind), ...where, ...sourcedBy(rules, at, error.rule, { reasons: ['no_rule_for_city_over_130000'] }) };
  }
  return {
    kind: 'invalid_input',
    intent: 'funded_places',
    code: 'invalid_population',
    value: error.population,
    limits: { min: 0 },
    ...sourcedBy(rules, at, error.rule),
  };
}

const placesOf = (f: FundedPlaces): PlacesFigure => ({ places: f.places, band: f.band, population: f.population, bodyKind: f.kind });

const noRuleOf = (error: Extract<FundedPlacesError, { code: 'no_rule_for_city_over_130000' }>, bodyKind: MunicipalityKind): NoRuleFigure => ({
  code: error.code,
  population: error.population,
  bodyKind,
  hint: error.hint,
});
