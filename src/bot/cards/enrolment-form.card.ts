import type { Course, Session } from '../../features/catalogue/index.ts';
import { MUNICIPALITY_DATASET, VERBS } from '../actions.ts';
import type { Locale } from '../locale.ts';
import type { MunicipalityChoice } from '../municipality-picker.ts';
import { button, expandCard, type AdaptiveCard, type CardRefresh } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { placeText, whenText } from './session-summary.ts';
import template from './templates/enrolment-form.json' with { type: 'json' };

/** What the person typed last time, when the form comes back after a rejected submit. */
export interface EnrolmentFormValues {
  municipalityText?: string;
  department?: string;
  role?: string;
  voucherId?: string;
  basisCompleted?: boolean;
  consent?: boolean;
}

export interface EnrolmentFormCardInput {
  session: Session;
  course: Course;
  /** Pre-selected municipality (the one picked before, or the person's last one): value "<AGS>:<kind>". */
  municipality?: MunicipalityChoice;
  /**
   * Static choices shown before typing and on clients without dynamic type-ahead, e.g. the candidates of a name that
   * exists several times. Without any, the list is filled by Data.Query only and the text field is the fallback.
   */
  municipalityChoices?: MunicipalityChoice[];
  values?: EnrolmentFormValues;
  /** Why the last submit was rejected, in words; shown as a banner above the fields. */
  error?: string;
  refresh?: CardRefresh;
}

/**
 * The enrolment form inside the card. The municipality comes from Teams' dynamic type-ahead (Data.Query, answered by
 * the bot's application/search handler); the free-text field is the fallback for clients without it.
 */
export function buildEnrolmentFormCard(input: EnrolmentFormCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { session, course } = input;
  const values = input.values ?? {};
  const voucherCourse = course.type === 'basis' || course.type === 'aufbau';
  return expandCard(
    template,
    {
      title: texts.formTitle,
      courseTitle: course.title,
      when: whenText(session, texts, locale),
      place: placeText(session, texts),
      hasError: Boolean(input.error),
      error: input.error ?? '',
      intro: texts.formIntro,
      showVoucher: voucherCourse,
      showBasisCompleted: course.type === 'aufbau',
      fields: {
        municipality: {
          label: texts.municipalityLabel,
          placeholder: texts.municipalityPlaceholder,
          value: input.municipality?.value ?? '',
          choices: staticChoices(input),
          dataset: MUNICIPALITY_DATASET,
        },
        municipalityText: { label: texts.municipalityTextLabel, placeholder: texts.municipalityTextPlaceholder, value: values.municipalityText ?? '' },
        department: { label: texts.departmentLabel, placeholder: texts.departmentPlaceholder, value: values.department ?? '', error: texts.departmentError },
        role: { label: texts.roleLabel, placeholder: texts.rolePlaceholder, value: values.role ?? '' },
        voucherId: { label: texts.voucherIdLabel, placeholder: texts.voucherIdPlaceholder, value: values.voucherId ?? '', hint: texts.voucherIdHint },
        basisCompleted: { title: texts.basisCompletedTitle, value: String(values.basisCompleted ?? false) },
        consent: { label: texts.consentLabel, title: texts.consentTitle, value: String(values.consent ?? false), error: texts.consentError },
      },
      submit: button(texts.enrolButton, { verb: VERBS.enrolSubmit, sessionId: session.id }, 'positive'),
      back: button(texts.backToDetails, { verb: VERBS.details, sessionId: session.id }),
    },
    input.refresh,
  );
}

function staticChoices(input: EnrolmentFormCardInput): MunicipalityChoice[] {
  const all = [...(input.municipality ? [input.municipality] : []), ...(input.municipalityChoices ?? [])];
  return all.filter((c, i) => all.findIndex((d) => d.value === c.value) === i);
}
