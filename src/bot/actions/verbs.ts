/**
 * Every card action: one verb constant and one zod schema each (STYLE.md habit 12). Cards put ids in their data;
 * the server re-validates them, so a forged or stale card can only ever produce a clear answer.
 */
export const VERBS = {
  catalogue: 'catalogue.show',
  details: 'session.details',
  enrolForm: 'enrol.form',
  enrolSubmit: 'enrol.submit',
  mine: 'enrolments.mine',
  cancel: 'enrolment.cancel',
  acceptOffer: 'offer.accept',
  declineOffer: 'offer.decline',
  help: 'help.show',
  organiserMenu: 'organiser.menu',
  organiserSessions: 'organiser.sessions',
  organiserSession: 'organiser.session',
  sessionCancelForm: 'organiser.session.cancelForm',
  sessionCancel: 'organiser.session.cancel',
  sessionMoveForm: 'organiser.session.moveForm',
  sessionMove: 'organiser.session.move',
  reminderPlanForm: 'organiser.reminders.form',
  reminderPlanSave: 'organiser.reminders.save',
  broadcastForm: 'broadcast.form',
  broadcastPreview: 'broadcast.preview',
  broadcastSend: 'broadcast.send',
  broadcastStatus: 'broadcast.status',
  broadcastRetry: 'broadcast.retry',
  broadcastCancel: 'broadcast.cancel',
  cantAttend: 'reminder.cantAttend',
  faqShow: 'faq.show',
  faqPlaces: 'faq.places',
  faqFeedback: 'faq.feedback',
  faqHandover: 'faq.handover',
  myQuestions: 'tickets.mine',
  ticketClaim: 'ticket.claim',
  ticketRelease: 'ticket.release',
  ticketAnswer: 'ticket.answer',
  ticketClose: 'ticket.close',
  ticketToKnowledgeBase: 'ticket.kb',
} as const;

export const MUNICIPALITY_DATASET = 'municipalities';

export type Verb = (typeof VERBS)[keyof typeof VERBS];
