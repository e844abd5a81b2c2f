import type { SmalltalkIntent, TicketError, TicketErrorCode } from '../features/faq/index.ts';
import type { Locale } from './locale.ts';

/**
 * What the bot writes around FAQ answers and hand-over tickets, German (formal "Sie") first and English second, and
 * the table that maps ticket error codes to text (STYLE.md habit 5). The sentences of computed answers are in
 * routes/faq-computed-texts.ts, card labels in cards/card-texts.ts. Knowledge-base answers are never rewritten here.
 */
const both = <T>(de: T, en: NoInfer<T>) => ({ de, en });

const TABLE = {
  smalltalk: both<Record<Exclude<SmalltalkIntent, 'help'>, string>>(
    {
      greeting:
        'Hallo! Ich bin der Lotsenbot. Ich beantworte Fragen zum Programm „Kommunale Digitallotsen“ – Förderung, Kosten, Ablauf –, zeige Ihnen Kurse und Termine („kurse“) und Ihre Anmeldungen („meine anmeldungen“). Was möchten Sie wissen?',
      thanks: 'Gern geschehen! Schreiben Sie mir einfach, wenn Sie noch etwas wissen möchten.',
      bye: 'Tschüss und einen schönen Tag! Sie können mir jederzeit wieder schreiben.',
      ack: 'Alles klar. Fragen Sie mich gern weiter.',
    },
    {
      greeting:
        'Hello! I am Lotsenbot. I answer questions about the “Kommunale Digitallotsen” programme – funding, costs, procedure –, show you courses and dates (“courses”) and your enrolments (“my enrolments”). What would you like to know?',
      thanks: 'You are welcome! Just write to me if there is anything else you would like to know.',
      bye: 'Goodbye and have a nice day! You can write to me any time.',
      ack: 'All right. Feel free to ask me more.',
    },
  ),
  offtopicTitle: both('Dazu habe ich keine verlässliche Antwort', 'I have no reliable answer to this'),
  offtopic: both(
    'Das liegt außerhalb dessen, was ich weiß: Ich beantworte Fragen zum Programm „Kommunale Digitallotsen“ – Förderung, Kosten, Ablauf, Kurse. Gern gebe ich Ihre Frage an das Programmteam weiter.',
    'This is outside what I know: I answer questions about the “Kommunale Digitallotsen” programme – funding, costs, procedure, courses. I am happy to pass your question on to the programme team.',
  ),
  unconfirmedTopic: both<(topicId: string) => string>(
    (topic) =>
      `${{ 'travel-costs': 'Ob Reise- und Übernachtungskosten übernommen werden,', bildungszeit: 'Ob für die Qualifizierung Bildungszeit oder eine Freistellung möglich ist,' }[topic] ?? 'Dieses Thema'} ist in den Quellen, die ich kenne, nicht bestätigt – dazu kann ich Ihnen nichts Verlässliches sagen. Gern gebe ich Ihre Frage an das Programmteam weiter.`,
    (topic) =>
      `${{ 'travel-costs': 'Whether travel and accommodation costs are covered', bildungszeit: 'Whether educational leave or time off is possible for the training' }[topic] ?? 'This topic'} is not confirmed by the sources I know, so I cannot tell you anything reliable about it. I am happy to pass your question on to the programme team.`,
  ),
  askTitle: both('Rückfrage', 'One question back'),
  ticketOpenedTitle: both('Ihre Frage ist beim Team', 'Your question is with the team'),
  ticketOpened: both<(n: number) => string>(
    (n) => `Ihre Frage ist beim Team (Ticket #${n}). Die Antwort bekommen Sie hier im Chat; den Stand sehen Sie jederzeit unter „meine fragen“.`,
    (n) => `Your question is with the team (ticket #${n}). You will get the answer here in the chat; “my questions” shows where it stands.`,
  ),
  ticketStoredOnly: both<(n: number, email: string) => string>(
    (n, email) =>
      `Ihre Frage ist gespeichert (Ticket #${n}), aber das Programmteam hat noch keinen Kanal für Fragen eingerichtet. Erreichbar ist es per E-Mail: ${email}. Den Stand sehen Sie unter „meine fragen“.`,
    (n, email) => `Your question is saved (ticket #${n}), but the programme team has not set up a channel for questions yet. You can reach them by email: ${email}. “my questions” shows where it stands.`,
  ),
  askEmpty: both(
    'Bitte schreiben Sie Ihre Frage direkt dahinter, z. B. „Frage an das Team: Werden Reisekosten erstattet?“',
    'Please write your question right after it, e.g. “Ask the team: are travel costs covered?”',
  ),
  questionTooLong: both<(n: number, max: number) => string>(
    (n, max) => `Ihre Frage ist mit ${n.toLocaleString('de-DE')} Zeichen zu lang; bitte fassen Sie sie in höchstens ${max.toLocaleString('de-DE')} Zeichen.`,
    (n, max) => `Your question has ${n.toLocaleString('en-GB')} characters, too long; please keep it under ${max.toLocaleString('en-GB')}.`,
  ),
  setupDone: both(
    'Eingerichtet: Fragen, die ich nicht beantworten kann, erscheinen ab jetzt hier als Ticket-Karte mit „Übernehmen“, „Antworten“ und „Schließen“. Die Antwort schicke ich der fragenden Person in ihren persönlichen Chat.',
    'Done: questions I cannot answer will appear here as ticket cards with “Claim”, “Answer” and “Close”. I send the answer to the person who asked in their personal chat.',
  ),
  setupNotChannel: both(
    'Die Übergabe richte ich in einem Team-Kanal ein: Installieren Sie mich im Team und schreiben Sie dort im gewünschten Kanal „@Lotsenbot setup übergabe“.',
    'I set up the hand-over in a team channel: install me in the team and write “@Lotsenbot setup handover” in the channel you want.',
  ),
  notOrganiser: both(
    'Das dürfen nur die Organisatorinnen und Organisatoren des Programms. Wenn Sie dazugehören, bitten Sie die Administration, Ihre Kennung in ORGANISER_AAD_IDS einzutragen.',
    'Only the programme organisers may do this. If you are one of them, ask the administrators to add your id to ORGANISER_AAD_IDS.',
  ),
  reloaded: both<(version: string, entries: number) => string>(
    (version, entries) => `Wissensdatenbank neu geladen: Version ${version}, ${entries} Einträge. Ab sofort antworte ich mit diesem Stand.`,
    (version, entries) => `Knowledge base reloaded: version ${version}, ${entries} entries. I answer from it as of now.`,
  ),
  reloadFailed: both<(version: string, details: string) => string>(
    (version, details) => `Die Wissensdatenbank-Datei hat Fehler; ich antworte weiter mit dem bisherigen Stand (Version ${version}).\n\n${details}`,
    (version, details) => `The knowledge-base file has errors; I keep answering from the previous state (version ${version}).\n\n${details}`,
  ),
  kbAdded: both<(entryId: string, version: string) => string>(
    (id, version) => `In die Wissensdatenbank übernommen als ${id} (Version ${version}).`,
    (id, version) => `Added to the knowledge base as ${id} (version ${version}).`,
  ),
  notDelivered: both(
    'Die Antwort ist gespeichert, konnte aber nicht zugestellt werden: Die fragende Person hat keinen persönlichen Chat mit mir. Sie sieht die Antwort unter „meine fragen“.',
    'The answer is saved but could not be delivered: the person has no personal chat with me. They see it under “my questions”.',
  ),
  staleTicket: both('Mit dieser Schaltfläche stimmt etwas nicht. Bitte nutzen Sie die aktuelle Ticket-Karte.', 'Something is wrong with this button. Please use the current ticket card.'),
};

const TICKET_ERRORS = {
  de: {
    ticket_not_found: () => 'Dieses Ticket gibt es nicht.',
    question_empty: () => TABLE.askEmpty.de,
    question_too_long: (e) => TABLE.questionTooLong.de(e.length, e.max),
    already_claimed_by_other: (e) => `${e.claimedBy.name} hat dieses Ticket bereits übernommen. Antworten können Sie trotzdem.`,
    already_answered: (e) => `${e.answeredBy.name} hat diese Frage bereits beantwortet.`,
    already_closed: (e) => `Dieses Ticket hat ${e.closedBy.name} bereits geschlossen; Änderungen sind nicht mehr möglich.`,
    not_claimed_by_you: () => 'Freigeben kann nur, wer das Ticket übernommen hat.',
    answer_empty: () => 'Bitte schreiben Sie eine Antwort.',
    answer_too_long: (e) => `Die Antwort ist mit ${e.length.toLocaleString('de-DE')} Zeichen zu lang (höchstens ${e.max.toLocaleString('de-DE')}).`,
    ticket_not_answered: () => 'In die Wissensdatenbank kann erst eine beantwortete Frage.',
    already_in_knowledge_base: (e) => `Diese Antwort steht bereits in der Wissensdatenbank (${e.entryId}).`,
    knowledge_base_rejected: (e) => `Die Wissensdatenbank hat den Eintrag abgelehnt: ${e.problems.join('; ') || e.reason}`,
    concurrent_update: () => 'Jemand hat das Ticket gerade gleichzeitig geändert. Bitte versuchen Sie es noch einmal.',
  },
  en: {
    ticket_not_found: () => 'This ticket does not exist.',
    question_empty: () => TABLE.askEmpty.en,
    question_too_long: (e) => TABLE.questionTooLong.en(e.length, e.max),
    already_claimed_by_other: (e) => `${e.claimedBy.name} has already claimed this ticket. You can still answer it.`,
    already_answered: (e) => `${e.answeredBy.name} has already answered this question.`,
    already_closed: (e) => `${e.closedBy.name} has already closed this ticket; it can no longer be changed.`,
    not_claimed_by_you: () => 'Only the person who claimed the ticket can release it.',
    answer_empty: () => 'Please write an answer.',
    answer_too_long: (e) => `The answer has ${e.length.toLocaleString('en-GB')} characters, too long (at most ${e.max.toLocaleString('en-GB')}).`,
    ticket_not_answered: () => 'Only an answered question can go into the knowledge base.',
    already_in_knowledge_base: (e) => `This answer is already in the knowledge base (${e.entryId}).`,
    knowledge_base_rejected: (e) => `The knowledge base rejected the entry: ${e.problems.join('; ') || e.reason}`,
    concurrent_update: () => 'Someone changed the ticket at the same moment. Please try again.',
  },
} satisfies Record<Locale, { [C in TicketErrorCode]: (e: Extract<TicketError, { code: C }>) => string }>;

export type FaqTexts = { readonly [K in keyof typeof TABLE]: (typeof TABLE)[K]['de'] };

const byLocale = (locale: Locale): FaqTexts => Object.fromEntries(Object.entries(TABLE).map(([key, entry]) => [key, entry[locale]])) as FaqTexts;
const TEXTS: Record<Locale, FaqTexts> = { de: byLocale('de'), en: byLocale('en') };

export const faqTexts = (locale: Locale): FaqTexts => TEXTS[locale];

export function ticketErrorText(error: TicketError, locale: Locale): string {
  const table = TICKET_ERRORS[locale] as Record<TicketErrorCode, (e: TicketError) => string>;
  return table[error.code](error);
}
