import { both } from './bilingual-labels.ts';

/**
 * Labels of the FAQ answer cards, the organisers' ticket card, the asker's ticket notice and my questions.
 * Read through cardTexts(locale) in card-texts.ts.
 */
export const FAQ_LABELS = {
  // faq-answer.card, faq-computed.card, faq-choices.card
  faqUnconfirmed: both(
    'Diese Angabe ist in den Quellen nicht bestätigt. Im Zweifel fragen Sie das Programmteam.',
    'This is not confirmed by the sources. If in doubt, ask the programme team.',
  ),
  faqSources: both('Quellen', 'Sources'),
  faqFactsDate: both((date: string) => `Stand: ${date}`, (date) => `As of: ${date}`),
  faqHelpful: both('Hat das geholfen?', 'Did this help?'),
  faqYes: both('👍 Ja', '👍 Yes'),
  faqNo: both('👎 Nein', '👎 No'),
  faqThanks: both('Danke für Ihre Rückmeldung', 'Thank you for your feedback'),
  faqHandover: both('Frage an das Team weitergeben', 'Pass the question on to the team'),
  faqHandoverHint: both('Stimmt etwas nicht oder fehlt etwas? Das Programmteam antwortet Ihnen hier im Chat.', 'Something wrong or missing? The programme team answers you here in the chat.'),
  faqPeriod: both('Förderzeitraum', 'Funding period'),
  faqRule: both('Regelstand', 'Rule version'),
  faqConditions: both('Voraussetzungen', 'Conditions'),
  faqCaveats: both('Bitte beachten', 'Please note'),
  faqDidYouMean: both('Meinten Sie …?', 'Did you mean …?'),
  faqDidYouMeanHint: both('Wählen Sie eine Frage – oder geben Sie Ihre Frage an das Team weiter.', 'Pick a question – or pass yours on to the team.'),
  faqKinds: both<Record<'gemeinde' | 'stadt' | 'landkreis' | 'stadtkreis', string>>(
    { gemeinde: 'Gemeinde', stadt: 'Stadt', landkreis: 'Landkreis', stadtkreis: 'Stadtkreis' },
    { gemeinde: 'municipality', stadt: 'town', landkreis: 'district', stadtkreis: 'urban district' },
  ),
  faqInhabitants: both((n: string) => `${n} Einwohner`, (n) => `${n} inhabitants`),

  // ticket.card (organisers' channel), ticket-notice.card (asker), my-questions.card
  ticketTitle: both((n: number) => `Frage #${n}`, (n) => `Question #${n}`),
  ticketAsker: both('Gefragt von', 'Asked by'),
  ticketMunicipality: both('Kommune', 'Municipality'),
  ticketAskedAt: both('Gestellt', 'Asked'),
  ticketStatusLabel: both('Status', 'Status'),
  ticketStatus: both<Record<'open' | 'claimed' | 'answered' | 'closed', string>>(
    { open: 'Offen', claimed: 'Übernommen', answered: 'Beantwortet', closed: 'Geschlossen' },
    { open: 'Open', claimed: 'Claimed', answered: 'Answered', closed: 'Closed' },
  ),
  ticketClaimedBy: both('Übernommen von', 'Claimed by'),
  ticketQuestion: both('Frage (wie eingegeben)', 'Question (as typed)'),
  ticketBotAnswer: both('Was der Bot geantwortet hat', 'What the bot answered'),
  ticketBotEntry: both((question: string, id: string) => `Antwort aus der Wissensdatenbank: „${question}“ (${id})`, (question, id) => `Knowledge-base answer: “${question}” (${id})`),
  ticketBotSuggestions: both((ids: string) => `„Meinten Sie …?“ mit: ${ids}`, (ids) => `“Did you mean …?” with: ${ids}`),
  ticketBotComputed: both((kind: string) => `Berechnete Antwort (${kind})`, (kind) => `Computed answer (${kind})`),
  ticketBotNone: both<(reason?: string) => string>(
    (reason) => (reason === 'command' ? 'Keine – direkt an das Team gestellt' : reason?.startsWith('topic:') ? `Keine – unbestätigtes Thema (${reason.slice(6)})` : 'Keine – außerhalb dessen, was der Bot weiß'),
    (reason) => (reason === 'command' ? 'None – asked the team directly' : reason?.startsWith('topic:') ? `None – unconfirmed topic (${reason.slice(6)})` : 'None – outside what the bot knows'),
  ),
  ticketAnswerBy: both((name: string, when: string) => `Antwort von ${name} (${when})`, (name, when) => `Answer by ${name} (${when})`),
  ticketClosedBy: both((name: string, when: string) => `Geschlossen von ${name} (${when})`, (name, when) => `Closed by ${name} (${when})`),
  ticketInKnowledgeBase: both((id: string) => `In der Wissensdatenbank als ${id}`, (id) => `In the knowledge base as ${id}`),
  ticketAnswerLabel: both('Ihre Antwort an die fragende Person', 'Your answer to the person who asked'),
  ticketAnswerPlaceholder: both('Die Antwort geht direkt in den persönlichen Chat der Person.', 'The answer goes straight to their personal chat.'),
  ticketAnswerError: both('Bitte schreiben Sie eine Antwort.', 'Please write an answer.'),
  ticketClaim: both('Übernehmen', 'Claim'),
  ticketRelease: both('Freigeben', 'Release'),
  ticketAnswer: both('Antworten', 'Answer'),
  ticketCorrect: both('Antwort korrigieren', 'Correct the answer'),
  ticketClose: both('Schließen', 'Close'),
  ticketToKnowledgeBase: both('In die Wissensdatenbank übernehmen', 'Add to the knowledge base'),
  ticketNoticeTitle: both((n: number) => `Antwort auf Ihre Frage (Ticket #${n})`, (n) => `Answer to your question (ticket #${n})`),
  ticketNoticeClosedTitle: both((n: number) => `Ihre Frage ist abgeschlossen (Ticket #${n})`, (n) => `Your question is closed (ticket #${n})`),
  ticketNoticeClosedText: both(
    (email: string) => `Das Programmteam hat Ihre Frage ohne weitere Antwort geschlossen. Wenn noch etwas offen ist, schreiben Sie an ${email}.`,
    (email) => `The programme team closed your question without a further answer. If something is still open, write to ${email}.`,
  ),
  ticketYourQuestion: both('Ihre Frage', 'Your question'),
  myQuestionsTitle: both('Meine Fragen an das Team', 'My questions to the team'),
  myQuestionsEmpty: both('Sie haben dem Team noch keine Frage gestellt. Wenn ich etwas nicht beantworten kann, gebe ich Ihre Frage gern weiter.', 'You have not asked the team anything yet. When I cannot answer something, I am happy to pass your question on.'),
  myQuestionsButton: both('Meine Fragen', 'My questions'),
  myQuestionStatus: both<Record<'open' | 'claimed' | 'answered' | 'closed', string>>(
    { open: 'Wartet auf das Team', claimed: 'In Bearbeitung', answered: 'Beantwortet', closed: 'Abgeschlossen' },
    { open: 'Waiting for the team', claimed: 'In progress', answered: 'Answered', closed: 'Closed' },
  ),
};
