import { both } from './bilingual-labels.ts';

/** Labels of the welcome and help cards. Read through cardTexts(locale) in card-texts.ts. */
export const HELP_LABELS = {
  // welcome.card + help.card
  welcomeTitle: both('Willkommen beim Lotsenbot', 'Welcome to Lotsenbot'),
  welcomeIntro: both(
    'Ich helfe Ihnen rund um das Qualifizierungsprogramm „Kommunale Digitallotsen“ in Baden-Württemberg.',
    'I help you with the “Kommunale Digitallotsen” qualification programme of Baden-Württemberg.',
  ),
  helpTitle: both('Was ich für Sie tun kann', 'What I can do for you'),
  capabilities: both<Array<{ title: string; text: string }>>(
    [
      { title: 'Kurse und Termine', text: 'Basisqualifizierung, Aufbauprogramme, Inhouse-Schulungen und Vernetzungsformate finden.' },
      { title: 'Anmelden', text: 'Direkt hier im Chat, mit Ihren Kosten und einer Kalendereinladung.' },
      { title: 'Meine Anmeldungen', text: 'Stand ansehen, abmelden, angebotene Plätze annehmen.' },
      { title: 'Fragen zu Förderung und Kosten', text: 'Voucher, geförderte Lotsen je Kommune, Inhouse-Förderung.' },
      { title: 'Frage an das Team', text: 'Was ich nicht beantworten kann, gebe ich an das Programmteam weiter.' },
    ],
    [
      { title: 'Courses and dates', text: 'Find the basic qualification, advanced programmes, in-house training and networking formats.' },
      { title: 'Enrol', text: 'Right here in the chat, with your costs and a calendar invitation.' },
      { title: 'My enrolments', text: 'See where you stand, cancel, accept offered seats.' },
      { title: 'Questions about funding and costs', text: 'Vouchers, funded pilots per municipality, in-house funding.' },
      { title: 'Ask the team', text: 'What I cannot answer, I pass on to the programme team.' },
    ],
  ),
  commandsTitle: both('Sie können auch schreiben:', 'You can also type:'),
  quoted: both((s: string) => `„${s}“`, (s) => `“${s}”`),
  commands: both<Array<{ command: string; text: string }>>(
    [
      { command: 'kurse', text: 'Kurse und Termine' },
      { command: 'meine anmeldungen', text: 'Ihre Anmeldungen' },
      { command: 'hilfe', text: 'diese Übersicht' },
    ],
    [
      { command: 'courses', text: 'courses and dates' },
      { command: 'my enrolments', text: 'your enrolments' },
      { command: 'help', text: 'this overview' },
    ],
  ),
  askExample: both('Fragen Sie einfach: „Wie viele Lotsen werden für unsere Gemeinde gefördert?“', 'Just ask: “How many pilots are funded for our municipality?”'),
};
